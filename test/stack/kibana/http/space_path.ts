// Kibana's space URL prefix: `/s/<space>/…` addresses a space, anything else is the `default` space.

export const DEFAULT_SPACE = 'default';

/** Space ids Kibana accepts in a URL: lowercase letters, digits, `_` and `-`. */
const SPACE_PREFIX = /^\/s\/([a-z0-9_-]+)(\/.*)?$/;

export interface SpacePath {
  space: string;
  /** The path with the space prefix removed, as Kibana's router sees it. */
  path: string;
}

export function splitSpacePath(rawPath: string): SpacePath {
  const match = SPACE_PREFIX.exec(rawPath);
  if (!match) return { space: DEFAULT_SPACE, path: rawPath };
  return { space: match[1], path: match[2] ?? '/' };
}
