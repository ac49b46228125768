// `field < value` (and <=, >, >=) → a `range` clause per matching field inside `bool.should`, as Kibana builds it.

import type { KqlRange } from './ast';
import { termValue } from './ast';
import type { EsQuery, JsonObject } from './dsl';
import type { KqlFieldList } from './fields';
import { resolveFieldName } from './field_resolution';
import { isEpochValue, targetFields, wrapNested } from './field_clause';
import type { KqlContext, KqlQueryConfig } from './query_config';
import { timeZoneFromSettings } from './time_zone';

export function rangeToEsQuery(
  node: KqlRange,
  fields: KqlFieldList | undefined,
  config: KqlQueryConfig,
  context: KqlContext,
): EsQuery {
  const fullName = resolveFieldName(node.field, fields, context.nested?.path);
  const value = termValue(node.value);
  const should = targetFields(fullName, fields).map((target) => {
    const bounds = { [node.operator]: value };
    const timeZone: JsonObject =
      target.field?.type === 'date' && config.dateFormatTZ && !isEpochValue(value)
        ? { time_zone: timeZoneFromSettings(config.dateFormatTZ) }
        : {};
    return wrapNested(
      { range: { [target.name]: { ...bounds, ...timeZone } } },
      fullName,
      target,
      config,
      context,
    );
  });
  return { bool: { should, minimum_should_match: 1 } };
}
