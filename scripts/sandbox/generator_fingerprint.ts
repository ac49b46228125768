// A digest of the data generator's and the index templates' source files: when they change, documents generated
// earlier no longer match what the generator would produce, so the cached data is regenerated.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const STACK_DIR = path.resolve(__dirname, '..', '..', 'test', 'stack');
export const GENERATOR_SOURCE_DIRS = [
  path.join(STACK_DIR, 'data'),
  path.join(STACK_DIR, 'templates'),
];

export function generatorFingerprint(dirs: readonly string[] = GENERATOR_SOURCE_DIRS): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const files = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .sort();
    for (const name of files) {
      hash.update(`${path.basename(dir)}/${name}\0`);
      hash.update(fs.readFileSync(path.join(dir, name)));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
