// Do documents carry the rule's timestamp override? Without it the engine falls back to `@timestamp` and warns.
import type { ReadinessCheck } from '../../../../common/api';
import { code, codeList, formatNumber, formatSpan, percent } from '../../../../common/format';
import type { CheckContext } from '../judge';
import { SAMPLE_RECENT_MS, TARGETS_SHOWN, type ReadinessPlan } from '../plan';
import type { PatternFacts } from '../probe';

/** "the 100 documents sampled from the last hour in `logs-*`" */
function sampleWords(plan: ReadinessPlan, facts: PatternFacts): string {
  const span = facts.sampleScope === 'recent' ? SAMPLE_RECENT_MS : plan.historyWindowMs;
  return (
    `the ${formatNumber(facts.sampled)} documents sampled from the last ${formatSpan(span)} ` +
    `in ${code(facts.pattern)}`
  );
}

export function timestampOverrideShare(sampled: number, withOverride: number): number | null {
  return sampled === 0 ? null : withOverride / sampled;
}

export function timestampOverrideCheck({ plan, facts }: CheckContext): ReadinessCheck | null {
  const override = plan.timestampOverride;
  if (!override || facts.sampled === 0) return null;
  const name = code(override);
  const share = timestampOverrideShare(facts.sampled, facts.sampledWithOverride) ?? 0;
  const unmapped = facts.fields.get(override)?.unmappedIndices ?? [];
  const title = 'Timestamp override present';
  const fallback = plan.timestampFallback
    ? 'the rule falls back to `@timestamp` for them and loses its protection against late-arriving events'
    : 'the rule never sees them, because falling back to `@timestamp` is disabled';
  const fix =
    `Have the ingest pipeline set ${name} (Elastic Agent integrations get it from Fleet's final pipeline; ` +
    'other shippers need a `set` processor with `{{_ingest.timestamp}}`).';
  const problems: string[] = [];
  if (share < 1) {
    problems.push(
      `${share === 0 ? 'none' : percent(share)} of ${sampleWords(plan, facts)} carry ${name}: ${fallback}`,
    );
  }
  if (unmapped.length > 0) {
    const shown = unmapped.slice(0, TARGETS_SHOWN);
    problems.push(
      `${formatNumber(unmapped.length)} ${unmapped.length === 1 ? 'index does' : 'indices do'} not map ${name} ` +
        `(${codeList(shown)}${unmapped.length > shown.length ? ', …' : ''}), so Kibana marks the rule's runs as ` +
        `partial failures ("The following indices are missing the timestamp override field "${override}"")`,
    );
  }
  if (problems.length > 0) {
    return {
      id: 'timestamp_override',
      title,
      status: 'warn',
      finding: `${problems.join('. ')}.`,
      fix,
    };
  }
  return {
    id: 'timestamp_override',
    title,
    status: 'pass',
    finding:
      `All ${sampleWords(plan, facts)} carry ${name}` +
      (facts.newestOverride ? ` (newest: ${facts.newestOverride}).` : '.'),
    fix: null,
  };
}
