// The bundled rule's TOML text for tests, and a way to make variants of it by exact substring replacement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLED_RULE_FILE = join(
  __dirname,
  '../../common/rules/discovery_ssm_inventory_reconnaissance.toml',
);

export const BUNDLED_TOML = readFileSync(BUNDLED_RULE_FILE, 'utf8');

/** The bundled text with `from` replaced by `to`; throws if `from` is not in it exactly once. */
export function variant(...replacements: Array<[string, string]>): string {
  let text = BUNDLED_TOML;
  for (const [from, to] of replacements) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
      throw new Error(`not exactly once in the rule: ${from}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}
