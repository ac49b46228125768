// Does the data cover the new-terms history window? A short baseline makes every user look new.
import type { ReadinessCheck } from '../../../../common/api';
import { code, codeList, formatSpan, plural } from '../../../../common/format';
import type { CheckContext } from '../judge';

export function baselineDays(daysWithData: boolean[]): number {
  return daysWithData.filter(Boolean).length;
}

export function baselineCheck({ plan, facts }: CheckContext): ReadinessCheck | null {
  // Only new-terms rules compare against a history.
  if (plan.newTermsFields.length === 0 || facts.windowCount.value === 0) return null;
  const covered = baselineDays(facts.daysWithData);
  const windowDays = facts.daysWithData.length;
  const span = formatSpan(plan.historyWindowMs);
  const title = 'Baseline covers the history window';
  if (covered >= windowDays) {
    return {
      id: 'baseline',
      title,
      status: 'pass',
      finding: `Data in ${code(facts.pattern)} covers every day of the ${span} history window (${plan.historyWindowStart}).`,
      fix: null,
    };
  }
  const firstDay = facts.daysWithData.lastIndexOf(true);
  const gapDays = firstDay + 1 - covered;
  const gaps = gapDays > 0 ? ` with ${plural(gapDays, 'day')} missing in between` : '';
  const waitDays = Math.max(1, windowDays - (firstDay + 1));
  return {
    id: 'baseline',
    title,
    status: 'warn',
    finding:
      `Data in ${code(facts.pattern)} covers only ${covered} of the ${windowDays} days of the rule's history ` +
      `window (${plan.historyWindowStart})${gaps}. New terms compares each ${codeList(plan.newTermsFields)} ` +
      'combination with that history, so with a short baseline combinations that were simply not in the data ' +
      'yet look new: expect a burst of alerts on the first runs.',
    fix:
      `Wait until the data covers the full window (about ${plural(waitDays, 'more day')}) before enabling the ` +
      'rule, or backfill older logs.',
  };
}
