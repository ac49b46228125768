// Optional shared secret guarding the standalone host when it listens beyond loopback.
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

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  const raw = req.headers.cookie;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function presentedToken(req: IncomingMessage): string | undefined {
  const fromHeader = req.headers[ACCESS_TOKEN_HEADER];
  if (typeof fromHeader === 'string') return fromHeader;
  return cookieValue(req, ACCESS_TOKEN_COOKIE);
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
