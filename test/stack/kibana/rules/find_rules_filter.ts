// `_find` and `_bulk_action` filters: KQL over the rules' saved objects (`alert.attributes.*`); like
// Kibana's saved-objects client, a field outside the rule's attributes is a 400.
import { siemError } from '../http/kibana_error';
import { fieldNames, matchesKql, parseFilter } from './kql_filter';
import { SAVED_OBJECT_TEXT_FIELDS, savedObjectDocument } from './saved_object_view';
import type { StoredRule } from './stored_rule';

export function compileRuleFilter(kql: string | undefined): (rule: StoredRule) => boolean {
  if (kql === undefined || kql.trim() === '') return () => true;
  const node = parseFilter(kql);
  for (const field of fieldNames(node)) {
    if (!field.startsWith('alert.attributes.')) {
      throw siemError(
        400,
        `This key '${field}' does NOT exist in alert saved object index patterns: Bad Request`,
      );
    }
  }
  return (rule) => matchesKql(node, savedObjectDocument(rule), SAVED_OBJECT_TEXT_FIELDS);
}
