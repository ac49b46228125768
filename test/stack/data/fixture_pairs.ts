// Loads the upstream pipeline fixtures (raw record + expected ECS document) for tests.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CloudTrailRecord } from './cloudtrail_record';

export const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'cloudtrail');

export interface FixturePair {
  /** `<file>#<line>` */
  name: string;
  record: CloudTrailRecord;
  expected: Record<string, unknown>;
}

/** Every non-empty input line with its expected document (the trailing empty-line artefacts are skipped). */
export function loadFixturePairs(): FixturePair[] {
  const pairs: FixturePair[] = [];
  for (const file of readdirSync(join(FIXTURE_DIR, 'inputs')).sort()) {
    const lines = readFileSync(join(FIXTURE_DIR, 'inputs', file), 'utf8').split('\n');
    const expectedFile = join(FIXTURE_DIR, 'expected', `${file}-expected.json`);
    const expected = (JSON.parse(readFileSync(expectedFile, 'utf8')) as { expected: unknown[] })
      .expected;
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      pairs.push({
        name: `${file}#${index}`,
        record: JSON.parse(line) as CloudTrailRecord,
        expected: expected[index] as Record<string, unknown>,
      });
    });
  }
  return pairs;
}
