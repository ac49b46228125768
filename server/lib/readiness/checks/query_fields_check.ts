// Can the rule's query ever match this pattern's documents? Derived from the fields every match requires.
import type { ReadinessCheck } from '../../../../common/api';
import { code, codeList, formatCount, formatSpan } from '../../../../common/format';
import { missingRequiredFields } from '../probe';
import type { CheckContext } from '../judge';

export function queryFieldsCheck({
  plan,
  facts,
  feedingPatterns,
}: CheckContext): ReadinessCheck | null {
  if (plan.requiredQueryFields.length === 0) return null;
  const pattern = code(facts.pattern);
  const missing = missingRequiredFields(facts, plan.requiredQueryFields);
  const title = 'Query can match';
  if (missing.length === 0) {
    if (facts.windowCount.value === 0) return null;
    return {
      id: 'query_fields',
      title,
      status: 'pass',
      finding: `Documents in ${pattern} carry every field the query requires (${codeList(plan.requiredQueryFields)}).`,
      fix: null,
    };
  }
  const unmapped = missing.filter((field) => (facts.fields.get(field)?.types.length ?? 0) === 0);
  const uncarried = missing.filter((field) => !unmapped.includes(field));
  const reasons: string[] = [];
  if (unmapped.length > 0) {
    reasons.push(`no index of the pattern maps ${codeList(unmapped)}`);
  }
  if (uncarried.length > 0) {
    reasons.push(
      `none of its ${formatCount(facts.windowCount)} documents from the last ` +
        `${formatSpan(plan.historyWindowMs)} has ${codeList(uncarried)}`,
    );
  }
  const elsewhere =
    feedingPatterns.length > 0
      ? ` The rule still reads ${codeList(feedingPatterns)}, where the query can match.`
      : '';
  return {
    id: 'query_fields',
    title,
    status: 'fail',
    finding:
      `${pattern} documents never match this query: they carry no ${codeList(missing)} ` +
      `(${reasons.join('; ')}), and every match requires ${missing.length === 1 ? 'it' : 'them'}.${elsewhere}`,
    fix:
      `Ingest this data so that it carries ${codeList(missing)} — for example through the integration ` +
      `whose data the rule was written for — or accept that the rule ignores ${pattern}.`,
  };
}

export function queryMatchesCheck({ plan, facts }: CheckContext): ReadinessCheck | null {
  const pattern = code(facts.pattern);
  const title = 'Documents match the query';
  if (facts.queryError !== null) {
    return {
      id: 'query_matches',
      title,
      status: 'fail',
      finding: `Elasticsearch could not run the rule's query on ${pattern}: ${facts.queryError}`,
      fix: `Check the mappings of the fields the query uses (${codeList(plan.queryFields)}).`,
    };
  }
  if (facts.windowCount.value === 0 || !facts.windowMatches || !facts.recentMatches) return null;
  if (missingRequiredFields(facts, plan.requiredQueryFields).length > 0) return null;
  const span = formatSpan(plan.historyWindowMs);
  const lookBack = formatSpan(plan.lookBackMs);
  if (facts.windowMatches.value === 0) {
    return {
      id: 'query_matches',
      title,
      status: 'warn',
      finding:
        `None of the ${formatCount(facts.windowCount)} documents of the last ${span} in ${pattern} ` +
        'matches the rule’s query. That is normal when nobody performed the activity it looks for, ' +
        'but it also means this check cannot confirm that the query fits your data.',
      fix: 'Perform one of the actions the query looks for from a test identity, then check again.',
    };
  }
  return {
    id: 'query_matches',
    title,
    status: 'pass',
    finding:
      `${formatCount(facts.windowMatches)} documents in ${pattern} matched the rule’s query in the last ${span}, ` +
      `${formatCount(facts.recentMatches)} in its look-back of the last ${lookBack}.`,
    fix: null,
  };
}
