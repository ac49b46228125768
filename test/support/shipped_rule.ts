// The body Elastic ships for the bundled rule (its prebuilt asset's attributes, version 3), for contract tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHIPPED_RULE_FILE = join(
  __dirname,
  '../fixtures/rule/1004ad5b-6900-4d28-ab5b-472f02e1fdfb_3.json',
);

export const SHIPPED_RULE_BODY = JSON.parse(readFileSync(SHIPPED_RULE_FILE, 'utf8')) as Record<
  string,
  unknown
>;
