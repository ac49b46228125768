// Writes an integration data stream's field definitions as the {field: mapping type} table the rule build reads
// (common/rules/fields/<package>.<data stream>.json), flattened from the data stream's fields/*.yml as Elastic's
// detection-rules build flattens them for required_fields: groups prefix their children, `nested` fields too,
// multi-fields are not fields of their own, and a field without a type is a keyword.
//
// Run: npx tsx scripts/rules/generate_integration_fields.ts <fields dir> <package> <data stream> <source> [out]
//   <fields dir>  packages/<package>/data_stream/<data stream>/fields of an elastic/integrations checkout
//   <source>      where the files came from (repository, commit, package version), written into the output
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One entry of a fields.yml file; only what the flattening reads. */
interface FieldEntry {
  name?: string;
  type?: string;
  fields?: FieldEntry[] | null;
  field?: FieldEntry[] | null;
}

function isEntryList(value: unknown): value is FieldEntry[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null);
}

/** detection-rules' flattening of a fields.yml list into dotted names and types. */
export function flattenFields(
  entries: FieldEntry[] | null | undefined,
  prefix = '',
): Array<[string, string]> {
  if (!entries) return [];
  const out: Array<[string, string]> = [];
  for (const entry of entries) {
    if (entry.type === 'group') {
      let nested = `${prefix}${entry.name ?? ''}.`;
      // A lone group repeating its parent's prefix sits at the parent (beats' zoom.zoom.* → zoom.*).
      if (entries.length === 1 && nested.startsWith(prefix + prefix)) nested = `${entry.name}.`;
      if (entry.field) {
        out.push(...flattenFields(entry.field, nested));
        continue;
      }
      out.push(...flattenFields(entry.fields, nested));
    } else if (entry.fields) {
      const nested = entry.name && entry.type === 'nested' ? `${prefix}${entry.name}.` : prefix;
      out.push(...flattenFields(entry.fields, nested));
    } else if (entry.name !== undefined) {
      out.push([prefix + entry.name, entry.type ?? 'keyword']);
    }
  }
  return out;
}

export interface IntegrationFieldsFile {
  package: string;
  data_stream: string;
  source: string;
  generated_by: string;
  fields: Record<string, string>;
}

export async function readIntegrationFields(
  dir: string,
  pkg: string,
  dataStream: string,
  source: string,
): Promise<IntegrationFieldsFile> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yml')).sort();
  const pairs: Array<[string, string]> = [];
  for (const file of files) {
    const parsed: unknown = parse(await readFile(join(dir, file), 'utf8'));
    if (parsed === null) continue;
    if (!isEntryList(parsed)) throw new Error(`${file}: expected a list of field definitions`);
    pairs.push(...flattenFields(parsed));
  }
  // Later files win, as in detection-rules (dict.update in file order); the table is written sorted.
  const table = new Map(pairs);
  return {
    package: pkg,
    data_stream: dataStream,
    source,
    generated_by: 'scripts/rules/generate_integration_fields.ts',
    fields: Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

async function main(): Promise<void> {
  const [dir, pkg, dataStream, source, out] = process.argv.slice(2);
  if (!dir || !pkg || !dataStream || !source) {
    console.error(
      'usage: generate_integration_fields.ts <fields dir> <package> <data stream> <source> [out]',
    );
    process.exit(2);
  }
  const table = await readIntegrationFields(dir, pkg, dataStream, source);
  const target =
    out ?? join(__dirname, '..', '..', 'common', 'rules', 'fields', `${pkg}.${dataStream}.json`);
  await writeFile(target, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`${Object.keys(table.fields).length} fields → ${target}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
