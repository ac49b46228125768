// The bundled rule's real investigation guide, read from its TOML, so guide tests render what users will read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

export function bundledNote(): string {
  const file = join(
    __dirname,
    '..',
    '..',
    'common',
    'rules',
    'discovery_ssm_inventory_reconnaissance.toml',
  );
  const parsed = parse(readFileSync(file, 'utf8')) as { rule: { note: string } };
  return parsed.rule.note;
}
