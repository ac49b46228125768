import type { KibanaHttpError } from './kibana_error';
import { checkInternalOrigin, checkXsrf, resolveVersion } from './header_checks';
import type { RouteDefinition } from './route_definition';

const route = (access: 'public' | 'internal', method: 'GET' | 'POST' = 'POST') =>
  ({ method, path: '/x', access }) as RouteDefinition<unknown>;

function thrown(run: () => unknown): KibanaHttpError {
  try {
    run();
  } catch (error) {
    return error as KibanaHttpError;
  }
  throw new Error('expected a rejection');
}

describe('Kibana header checks', () => {
  it('demands kbn-xsrf on writes only, accepting the legacy kbn-version instead', () => {
    expect(() => checkXsrf('GET', {})).not.toThrow();
    expect(() => checkXsrf('POST', { 'kbn-xsrf': 'true' })).not.toThrow();
    expect(() => checkXsrf('DELETE', { 'kbn-version': '9.1.0' })).not.toThrow();
    const error = thrown(() => checkXsrf('PATCH', {}));
    expect(error.status).toBe(400);
    expect(error.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Request must contain a kbn-xsrf header.',
    });
    expect(error.contractViolation).toBe(true);
  });

  it('answers internal routes without the internal-origin header like Kibana 9', () => {
    expect(() => checkInternalOrigin(route('public'), '/x', {})).not.toThrow();
    const error = thrown(() => checkInternalOrigin(route('internal'), '/internal/a', {}));
    expect(error.body.message).toBe(
      'uri [/internal/a] with method [post] exists but is not available with the current configuration',
    );
  });

  it('resolves versions and rejects missing, malformed and unknown ones', () => {
    expect(resolveVersion(route('public'), { 'elastic-api-version': '2023-10-31' }, true)).toBe(
      '2023-10-31',
    );
    expect(resolveVersion(route('internal'), { 'elastic-api-version': '1' }, true)).toBe('1');
    expect(resolveVersion(route('internal'), {}, false)).toBe('1');
    expect(thrown(() => resolveVersion(route('public'), {}, true)).body.message).toBe(
      'Please specify a version via elastic-api-version header. Available versions: [2023-10-31]',
    );
    expect(
      thrown(() => resolveVersion(route('public'), { 'elastic-api-version': '1' }, true)).body
        .message,
    ).toBe('Invalid version. Received "1", expected a valid date string formatted as YYYY-MM-DD.');
    expect(
      thrown(() => resolveVersion(route('internal'), { 'elastic-api-version': '2023-10-31' }, true))
        .body.message,
    ).toMatch(/^Invalid version number/);
    expect(
      thrown(() => resolveVersion(route('public'), { 'elastic-api-version': '2024-01-01' }, true))
        .body.message,
    ).toBe(
      'No version "2024-01-01" available for [post] [/x]. Available versions are: [2023-10-31]',
    );
  });
});
