// Elastic's version-lock hash of a rule body: SHA-256 (hex) of the base64 of Python's
// json.dumps(body, sort_keys=True), over the body without `version` and `related_integrations`.
import { createHash } from 'node:crypto';
import type { PyJson } from './python_json';
import { pythonJsonDumps } from './python_json';

/** The keys Elastic leaves out of the hashed content. */
export const UNHASHED_KEYS = ['version', 'related_integrations'] as const;

export function hashableContent(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const content: Record<string, unknown> = { ...body };
  for (const key of UNHASHED_KEYS) delete content[key];
  return content;
}

export function ruleContentHash(body: Readonly<Record<string, unknown>>): string {
  // The canonical JSON is pure ASCII (ensure_ascii), so its base64 is that of its bytes.
  const base64 = Buffer.from(pythonJsonDumps(hashableContent(body) as PyJson), 'utf8').toString(
    'base64',
  );
  return createHash('sha256').update(base64).digest('hex');
}
