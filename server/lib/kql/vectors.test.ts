// Every case of the KQL vectors (Kibana's own expectations) must translate — or fail — exactly as listed.

import { readFileSync } from 'fs';
import { join } from 'path';
import { KqlSyntaxError } from './parser';
import { decodeTranslationRequest, translateKql } from './translation_request';

interface Vector {
  id: string;
  kql: string;
  fields?: unknown;
  options?: unknown;
  expected?: unknown;
  error?: string;
  error_phase?: 'parse' | 'build';
}

const vectors = JSON.parse(
  readFileSync(join(__dirname, '../../../test/fixtures/kql/vectors.json'), 'utf8'),
) as Vector[];

function requestOf(vector: Vector) {
  const request = decodeTranslationRequest({
    kql: vector.kql,
    ...(vector.fields !== undefined && { fields: vector.fields }),
    ...(vector.options !== undefined && { options: vector.options }),
  });
  if ('error' in request) throw new Error(`${vector.id}: ${request.error}`);
  return request;
}

describe('KQL vectors', () => {
  it('has the whole set', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(100);
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
  });

  const expectations = vectors.filter((v) => v.expected !== undefined);
  const parseErrors = vectors.filter((v) => v.error_phase === 'parse');
  const buildErrors = vectors.filter((v) => v.error_phase === 'build');

  it.each(expectations.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    // toStrictEqual: value types count ("1000" is not 1000), and no stray undefined keys.
    expect(translateKql(requestOf(vector))).toStrictEqual(vector.expected);
  });

  it.each(parseErrors.map((v) => [v.id, v] as const))('%s fails to parse', (_id, vector) => {
    let thrown: unknown;
    try {
      translateKql(requestOf(vector));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KqlSyntaxError);
    const error = thrown as KqlSyntaxError;
    expect(error.message).toContain(vector.error);
    // Kibana's three lines: the sentence, the query, a caret under the offset.
    expect(error.message.split('\n')).toEqual([
      error.shortMessage,
      vector.kql,
      `${'-'.repeat(error.offset)}^`,
    ]);
  });

  it.each(buildErrors.map((v) => [v.id, v] as const))('%s fails to build', (_id, vector) => {
    let thrown: unknown;
    try {
      translateKql(requestOf(vector));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(KqlSyntaxError);
    expect((thrown as Error).message).toContain(vector.error);
  });
});
