// The default rule-query builder: field types of the searched indices from field_caps, then the detection
// engine's getQueryFilter (KQL → DSL) from the project's KQL package.
import { buildRuleQueryFilter, fieldsFromFieldCaps } from '../../../../server/lib/kql';
import type { EsQuery, RuleQueryBuilder } from './rule_query';

export const kqlRuleQuery: RuleQueryBuilder = async (request) => {
  const caps = await request.esClient.fieldCaps({
    index: request.indices,
    fields: '*',
    ignore_unavailable: true,
    allow_no_indices: true,
  });
  const filter = buildRuleQueryFilter({
    query: request.query,
    language: request.language === 'lucene' ? 'lucene' : 'kuery',
    fields: fieldsFromFieldCaps(caps as never),
    filters: request.filters as never,
  });
  return filter as unknown as EsQuery;
};
