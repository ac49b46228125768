// The request rules Kibana's versioned router applies to internal routes, mirrored so the standalone host
// accepts exactly what Kibana would (a client that works against one works against the other).
import { API_VERSION } from '../../../common/constants';
import { HttpError } from '../../lib/errors';

export type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function checkKibanaRouteRules(method: string, path: string, headers: Headers): void {
  if (method !== 'GET' && method !== 'HEAD' && header(headers, 'kbn-xsrf') === undefined) {
    throw new HttpError(400, 'Request must contain a kbn-xsrf header.');
  }
  if (header(headers, 'x-elastic-internal-origin') === undefined) {
    throw new HttpError(
      400,
      `uri [${path}] with method [${method.toLowerCase()}] exists but is not available with the current configuration`,
    );
  }
  const version = header(headers, 'elastic-api-version');
  if (version === undefined) {
    throw new HttpError(
      400,
      `Please specify a version via elastic-api-version header. Available versions: ${API_VERSION}`,
    );
  }
  if (version !== API_VERSION) {
    throw new HttpError(
      400,
      `No version "${version}" available for [${method.toLowerCase()}] [${path}]. Available versions are: [${API_VERSION}]`,
    );
  }
}
