// Kibana's header rules: `kbn-xsrf` on writes, `x-elastic-internal-origin` on internal routes (9.0+), and the
// `elastic-api-version` resolution of the versioned router, with Kibana's own error messages.
import { platformError } from './kibana_error';
import type { RouteDefinition } from './route_definition';
import { INTERNAL_VERSION, PUBLIC_VERSION } from './route_definition';

type Headers = Record<string, string | undefined>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Kibana accepts the legacy `kbn-version` header in place of `kbn-xsrf`. */
export function checkXsrf(method: string, headers: Headers): void {
  if (SAFE_METHODS.has(method) || headers['kbn-xsrf'] !== undefined) return;
  if (headers['kbn-version'] !== undefined) return;
  throw platformError(400, 'Request must contain a kbn-xsrf header.', { contractViolation: true });
}

export function checkInternalOrigin<C>(
  route: RouteDefinition<C>,
  pathname: string,
  headers: Headers,
): void {
  if (route.access !== 'internal' || headers['x-elastic-internal-origin'] !== undefined) return;
  throw platformError(
    400,
    `uri [${pathname}] with method [${route.method.toLowerCase()}] exists but is not available with the current configuration`,
    { contractViolation: true },
  );
}

/**
 * Returns the API version the request resolves to. Kibana in production would default a missing header
 * (public: oldest version, internal: `1`); the emulator answers as Kibana's dev mode does instead, because
 * Kibana's versioned router expects every caller to send the header, and a test should notice when one does not.
 */
export function resolveVersion<C>(
  route: RouteDefinition<C>,
  headers: Headers,
  requireHeader: boolean,
): string {
  const available = route.access === 'public' ? PUBLIC_VERSION : INTERNAL_VERSION;
  const version = headers['elastic-api-version'];
  if (version === undefined || version === '') {
    if (!requireHeader) return available;
    throw platformError(
      400,
      `Please specify a version via elastic-api-version header. Available versions: [${available}]`,
      { contractViolation: true },
    );
  }
  if (route.access === 'public' && !/^\d{4}-\d{2}-\d{2}$/.test(version)) {
    throw platformError(
      400,
      `Invalid version. Received "${version}", expected a valid date string formatted as YYYY-MM-DD.`,
      { contractViolation: true },
    );
  }
  if (route.access === 'internal' && (!/^[1-9]\d*$/.test(version) || version === '0')) {
    throw platformError(
      400,
      `Invalid version number. Received "${version}", expected a string containing _only_ a finite, whole number greater than 0.`,
      { contractViolation: true },
    );
  }
  if (version !== available) {
    throw platformError(
      400,
      `No version "${version}" available for [${route.method.toLowerCase()}] [${route.path}]. Available versions are: [${available}]`,
      { contractViolation: true },
    );
  }
  return version;
}
