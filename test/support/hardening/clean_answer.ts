// What every error answer of ours must look like, whoever caused it: Kibana core's JSON error shape with the
// HTTP status repeated, a message in words, and no stack trace or Node internals.
import { isRight } from 'fp-ts/Either';
import { ApiErrorBody } from '../../../common/api';

const INTERNALS =
  /\n\s+at .+:\d+|node:internal|\bERR_[A-Z_]{4,}|RangeError|TypeError|ReferenceError|SyntaxError:/;

export function expectCleanError(status: number, body: unknown): void {
  expect(isRight(ApiErrorBody.decode(body))).toBe(true);
  const error = body as ApiErrorBody;
  expect(error.statusCode).toBe(status);
  expect(error.message.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(INTERNALS);
}
