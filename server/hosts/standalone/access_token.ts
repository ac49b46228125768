// Who may talk to the standalone host: the optional shared secret guarding it beyond loopback, and the host names
// it answers to (a DNS-rebinding page names its own host, and must not act with the host's configured credentials).
import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const ACCESS_TOKEN_HEADER = 'x-access-token';
export const ACCESS_TOKEN_COOKIE = 'ssm_recon_access_token';
export const ACCESS_TOKEN_QUERY = 'access_token';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares digests so neither length nor content leaks through timing. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/** What the cookie holds: a digest of the token, never the token itself (a stolen cookie does not reveal it). */
export function cookieToken(token: string): string {
  return digest(`cookie:${token}`).toString('hex');
}

function cookieMatches(expected: string, given: string): boolean {
  const want = Buffer.from(cookieToken(expected), 'utf8');
  const got = Buffer.from(given, 'utf8');
  return want.length === got.length && timingSafeEqual(want, got);
}

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  const raw = req.headers.cookie;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined; // malformed escapes: as if there were no cookie
    }
  }
  return undefined;
}

/** The token a request presents: the header (the token itself) or the cookie the page login set (its digest). */
export function presentsToken(req: IncomingMessage, expected: string): boolean {
  const fromHeader = req.headers[ACCESS_TOKEN_HEADER];
  if (typeof fromHeader === 'string') return tokenMatches(expected, fromHeader);
  const fromCookie = cookieValue(req, ACCESS_TOKEN_COOKIE);
  return fromCookie !== undefined && cookieMatches(expected, fromCookie);
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Loopback by name or address, with or without a port, as a `Host` header carries it. */
function hostnameOf(hostHeader: string): string | null {
  try {
    return new URL(`http://${hostHeader}`).hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  } catch {
    return null;
  }
}

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/**
 * The host names requests may address: loopback names always, the bound address when it is a specific one, and
 * the names configured for it. Null when any name is accepted (bound to every interface with an access token and
 * no names configured: the token is then what authenticates).
 */
export function allowedHostnames(
  bindHost: string,
  configured: readonly string[],
  accessToken: string | undefined,
): Set<string> | null {
  if (WILDCARDS.has(bindHost) && configured.length === 0 && accessToken) return null;
  const names = new Set([
    'localhost',
    '127.0.0.1',
    '::1',
    ...configured.map((n) => n.toLowerCase()),
  ]);
  if (!WILDCARDS.has(bindHost)) names.add(bindHost.replace(/^\[(.*)\]$/, '$1').toLowerCase());
  return names;
}

export function hostAllowed(hostHeader: string | undefined, allowed: Set<string> | null): boolean {
  if (allowed === null) return true;
  const name = hostHeader === undefined ? null : hostnameOf(hostHeader);
  if (name === null) return false;
  return allowed.has(name) || (isLoopback(name) && allowed.has('127.0.0.1'));
}

/** A write must come from the page this host served: an `Origin` (browsers send it on every POST) naming another
 *  host, or a fetch the browser marks cross-site, is refused. Clients that send neither (CLI, curl) are not
 *  browsers and cannot be tricked into sending someone's cookie. */
export function crossOriginWrite(req: IncomingMessage): boolean {
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') return true;
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === '') return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host.toLowerCase() !== (req.headers.host ?? '').toLowerCase();
  } catch {
    return true;
  }
}
