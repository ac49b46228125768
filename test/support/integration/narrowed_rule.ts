// The bundled rule as a TOML file reading only one namespace's indices, so that a test file's runs see its
// own data and nothing other files load into the shared engine.
import { writeFile } from 'node:fs/promises';
import { variant } from '../bundled_rule_text';

export interface NarrowedRuleOptions {
  /** The rule's `from` (bundled: `now-6m`), e.g. `now-4h` for one run to cover hours of planted activity. */
  from?: string;
}

/** The bundled rule's text with its index patterns limited to `namespace`. */
export function narrowedRuleToml(namespace: string, options: NarrowedRuleOptions = {}): string {
  const index: [string, string] = [
    'index = ["filebeat-*", "logs-aws.cloudtrail-*"]',
    `index = ["filebeat-${namespace}*", "logs-aws.cloudtrail-${namespace}*"]`,
  ];
  return options.from === undefined
    ? variant(index)
    : variant(index, ['from = "now-6m"', `from = "${options.from}"`]);
}

export async function writeNarrowedRule(
  file: string,
  namespace: string,
  options: NarrowedRuleOptions = {},
): Promise<void> {
  await writeFile(file, narrowedRuleToml(namespace, options));
}
