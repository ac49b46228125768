import type * as t from 'io-ts';
import { DeployRequest, EnableRequest, AlertsQuery } from '../../common/api';
import { HttpError } from '../lib/errors';
import { decodeInput } from './run_route';

function failure(codec: t.Mixed, value: unknown, where = 'body'): HttpError {
  try {
    decodeInput(codec, value, where);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected a decoding failure');
}

describe('decodeInput', () => {
  it('passes valid input through', () => {
    expect(decodeInput(DeployRequest, { enable: true, source: 'bundled' }, 'body')).toEqual({
      enable: true,
      source: 'bundled',
    });
  });

  it('names the path and the expected type on a wrong type', () => {
    const error = failure(EnableRequest, { enabled: 'yes' });
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe('Invalid body: body.enabled: expected boolean, got "yes"');
    expect(error.attributes).toEqual({ path: 'body.enabled' });
  });

  it('reports a missing required key', () => {
    expect(failure(EnableRequest, {}).message).toBe(
      'Invalid body: body.enabled: expected boolean, got nothing',
    );
  });

  it('lists every allowed value of an enum', () => {
    expect(failure(AlertsQuery, { range: '1y' }, 'query').message).toBe(
      'Invalid query: query.range: expected "24h" | "7d" | "30d", got "1y"',
    );
  });

  it('refuses unknown keys instead of dropping them', () => {
    const error = failure(DeployRequest, { enabel: true });
    expect(error.message).toBe('Invalid body: unknown key enabel');
    expect(error.attributes).toEqual({ path: 'body.enabel' });
  });

  it('refuses keys that only exist on Object.prototype', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(failure(DeployRequest, { [key]: true }).message).toBe(
        `Invalid body: unknown key ${key}`,
      );
    }
    expect(failure(DeployRequest, JSON.parse('{"__proto__": {"enable": true}}')).message).toBe(
      'Invalid body: unknown key __proto__',
    );
  });

  it('refuses a body that is not an object', () => {
    expect(failure(DeployRequest, 'deploy').message).toMatch(/^Invalid body: body: expected/);
  });
});
