// The mapping type of a field a rule's query names, resolved as Elastic's build resolves it for required_fields: an
// ECS field has its ECS type (and `ecs: true`); any other field takes its type from the field definitions of the
// integration data streams the query selects (`data_stream.dataset: "aws.cloudtrail"`), and is `unknown` when they
// do not define it — a sub-key of a `flattened` field, say. The tables are generated data in common/rules/fields/.
import awsCloudtrail from '../../../common/rules/fields/aws.cloudtrail.json';
import ecs from '../../../common/rules/fields/ecs.json';

/** Field name → Elasticsearch mapping type. */
export type FieldTable = Readonly<Record<string, string>>;

export interface FieldTables {
  /** Every ECS field (the @elastic/ecs package's flat schema). */
  ecs: FieldTable;
  /** Keyed by dataset (`<package>.<data stream>`): that data stream's fields, as its fields/*.yml define them. */
  datasets: Readonly<Record<string, FieldTable>>;
}

export const BUNDLED_FIELD_TABLES: FieldTables = {
  ecs: ecs.fields,
  datasets: { 'aws.cloudtrail': awsCloudtrail.fields },
};

/** `table[key]` for the table's own keys only: a field named `constructor` is not Object.prototype's. */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export interface ResolvedField {
  type: string;
  ecs: boolean;
}

/**
 * Resolves `name` for a query selecting `datasets` (only those of known packages). Returns a sentence instead when
 * the build would read definitions this repository does not hold: a selected data stream without a table, or —
 * for a query selecting no dataset over Beats indices — the Beats schemas Elastic's build consults then.
 */
export function resolveFieldType(
  name: string,
  datasets: readonly string[],
  readsBeatsIndices: boolean,
  tables: FieldTables,
): ResolvedField | { problem: string } {
  const ecsType = own(tables.ecs, name);
  if (ecsType !== undefined) return { type: ecsType, ecs: true };
  if (datasets.length === 0) {
    if (readsBeatsIndices) {
      return {
        problem: `field "${name}" is not an ECS field and the query selects no dataset: Elastic's build would type it from the Beats schemas, which this project does not hold; select the data stream (data_stream.dataset) in the query`,
      };
    }
    return { type: 'unknown', ecs: false };
  }
  let type: string | undefined;
  for (const dataset of datasets) {
    const table = own(tables.datasets, dataset);
    if (!table) {
      return {
        problem: `the field definitions of data stream "${dataset}" are not in common/rules/fields/; generate them with scripts/rules/generate_integration_fields.ts`,
      };
    }
    type = own(table, name) ?? type;
  }
  return { type: type ?? 'unknown', ecs: false };
}

/** A field's mapping type as the tables know it (ECS first, then any data stream's definitions). */
export function mappingTypeOf(
  name: string,
  tables: FieldTables = BUNDLED_FIELD_TABLES,
): string | undefined {
  return (
    own(tables.ecs, name) ??
    Object.values(tables.datasets)
      .map((table) => own(table, name))
      .find((type) => type !== undefined)
  );
}
