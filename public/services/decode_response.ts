// Checks a route's answer against its io-ts codec, so a contract break shows as an error, not as a broken panel.
import type * as t from 'io-ts';
import { ApiError } from './api_error';

/** At most this many mismatches are named in the message; the rest only add noise. */
const MAX_REPORTED = 3;

function describePath(error: t.ValidationError): string {
  const path = error.context
    .map((entry) => entry.key)
    .filter((key) => key !== '')
    .join('.');
  return path === '' ? '(root)' : path;
}

export function decodeResponse<A, O>(
  codec: t.Type<A, O, unknown>,
  value: unknown,
  route: string,
): A {
  const result = codec.decode(value);
  // io-ts answers an Either; reading its tag avoids shipping fp-ts helpers to the browser.
  if (result._tag === 'Right') return result.right;
  const paths = [...new Set(result.left.map(describePath))];
  const named = paths.slice(0, MAX_REPORTED).join(', ');
  const more = paths.length > MAX_REPORTED ? ` and ${paths.length - MAX_REPORTED} more` : '';
  throw new ApiError(
    'invalid_response',
    200,
    `Unexpected answer from ${route}: check ${named}${more}.`,
  );
}
