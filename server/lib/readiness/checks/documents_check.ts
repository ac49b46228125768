// Is there any data in the rule's history window, and is it still arriving?
import type { ReadinessCheck } from '../../../../common/api';
import { code, formatAge, formatCount, formatSpan } from '../../../../common/format';
import type { CheckContext } from '../judge';
import { STALE_DATA_MS, ruleTimeField } from '../plan';

function timeFieldWords(context: CheckContext): string {
  const override = context.plan.timestampOverride;
  if (!override) return 'by `@timestamp`';
  return context.plan.timestampFallback
    ? `by ${code(override)}, or \`@timestamp\` where it is missing`
    : `by ${code(override)}`;
}

export function documentsCheck(context: CheckContext): ReadinessCheck {
  const { facts, plan } = context;
  const span = formatSpan(plan.historyWindowMs);
  if (facts.windowCount.value === 0) {
    return {
      id: 'documents',
      title: 'Documents in the history window',
      status: 'fail',
      finding:
        `No document in ${code(facts.pattern)} falls inside the rule's ${span} history window ` +
        `(${timeFieldWords(context)}), so the rule has nothing to read there.`,
      fix: `Check that logs are still being ingested into ${code(facts.pattern)}.`,
    };
  }
  return {
    id: 'documents',
    title: 'Documents in the history window',
    status: 'pass',
    finding: `${formatCount(facts.windowCount)} documents in the last ${span} (${timeFieldWords(context)}).`,
    fix: null,
  };
}

/** The rule reads only its short look-back each run: data that stopped arriving means silent runs. */
export function freshnessCheck(context: CheckContext): ReadinessCheck | null {
  const { facts, plan, now } = context;
  const newest = plan.timestampOverride
    ? (facts.newestOverride ?? facts.newestEvent)
    : facts.newestEvent;
  if (newest === null) return null;
  const field =
    plan.timestampOverride && facts.newestOverride ? plan.timestampOverride : '@timestamp';
  const age = now.getTime() - Date.parse(newest);
  const lookBack = formatSpan(plan.lookBackMs);
  if (Number.isNaN(age) || age > STALE_DATA_MS) {
    return {
      id: 'freshness',
      title: 'Data is arriving',
      status: 'warn',
      finding:
        `The newest document in ${code(facts.pattern)} has ${code(field)} ${newest}` +
        `${Number.isNaN(age) ? '' : ` (${formatAge(age)})`}. Each run the rule reads only the last ${lookBack} ` +
        `(by ${code(ruleTimeField(plan))}), so it currently finds nothing new here.`,
      fix: `Check the shipper and the ingest pipeline feeding ${code(facts.pattern)}.`,
    };
  }
  return {
    id: 'freshness',
    title: 'Data is arriving',
    status: 'pass',
    finding: `The newest document has ${code(field)} ${newest} (${formatAge(Math.max(0, age))}).`,
    fix: null,
  };
}
