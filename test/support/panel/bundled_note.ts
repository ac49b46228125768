// The bundled rule's real investigation guide, read from its TOML, so guide tests render what users will read.
import { parse } from 'smol-toml';
import { BUNDLED_TOML } from '../bundled_rule_text';

export function bundledNote(): string {
  const parsed = parse(BUNDLED_TOML) as { rule: { note: string } };
  return parsed.rule.note;
}
