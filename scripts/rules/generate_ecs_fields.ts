// Writes the ECS field table the rule build reads (common/rules/fields/ecs.json): every field of the maintained
// @elastic/ecs package's flat schema (ECS's ecs_flat.yml, the schema Elastic's detection-rules build consults for
// required_fields) with its mapping type. Multi-fields are not ECS fields of their own there, so not here either.
// Run: npx tsx scripts/rules/generate_ecs_fields.ts [out]   (after changing the @elastic/ecs version)
import { EcsFlat, EcsVersion } from '@elastic/ecs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EcsFieldsFile {
  ecs_version: string;
  source: string;
  generated_by: string;
  fields: Record<string, string>;
}

export function ecsFieldTable(): EcsFieldsFile {
  const fields = Object.entries(EcsFlat)
    .map(([name, field]): [string, string] => [name, field.type])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ecs_version: EcsVersion,
    source: `npm @elastic/ecs ${EcsVersion} (EcsFlat); Apache License 2.0`,
    generated_by: 'scripts/rules/generate_ecs_fields.ts',
    fields: Object.fromEntries(fields),
  };
}

async function main(): Promise<void> {
  const target =
    process.argv[2] ?? join(__dirname, '..', '..', 'common', 'rules', 'fields', 'ecs.json');
  const table = ecsFieldTable();
  await writeFile(target, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`ECS ${table.ecs_version}: ${Object.keys(table.fields).length} fields → ${target}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
