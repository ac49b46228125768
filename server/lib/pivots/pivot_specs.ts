// The investigation guide's steps as pivots: for one alert, which logs, which time range and which conditions each
// step means. The plugin opens them in Discover; the standalone host runs them (run_alert_pivot.ts).
import type { Pivot, PivotCondition, PivotId } from '../../../common/api';
import { MINUTE_MS } from '../../../common/time';
import { mappingTypeOf } from '../rule';
import { TIMESTAMP } from '../alerts/alerts_search';
import { EVENT_ACTION, SOURCE_IP, type AlertFacts } from './alert_facts';

/** "Review Timeline: investigate activity 30 minutes before and after this event." */
export const PIVOT_WINDOW_MS = 30 * MINUTE_MS;

/**
 * The calls the guide's "Correlate with other events" and "Review Timeline" steps name: SSM execution
 * (`StartSession`, `SendCommand`), the identity check that often precedes reconnaissance (`GetCallerIdentity`) and
 * the initial access it asks about (`AssumeRole`). A test holds this list to the bundled guide's text.
 */
export const RELATED_CALLS = ['StartSession', 'SendCommand', 'GetCallerIdentity', 'AssumeRole'];

export interface PivotInput {
  facts: AlertFacts;
  indexPatterns: string[];
  /** The rule's new-terms fields: together they are the identity that was rare. */
  newTermsFields: string[];
}

export interface PivotPlan {
  pivots: Pivot[];
  unavailable: Array<{ id: PivotId; title: string; reason: string }>;
}

function condition(field: string, values: string[]): PivotCondition {
  const type = mappingTypeOf(field) ?? 'keyword';
  return { field, fieldType: type, values };
}

function identityText(facts: AlertFacts): string {
  return facts.terms.map((term) => `${term.field} ${term.value ?? '(none)'}`).join(', ');
}

export function planPivots({ facts, indexPatterns, newTermsFields }: PivotInput): PivotPlan {
  const at = Date.parse(facts.eventTime);
  const range = {
    indexPatterns,
    timeField: TIMESTAMP,
    from: new Date(at - PIVOT_WINDOW_MS).toISOString(),
    to: new Date(at + PIVOT_WINDOW_MS).toISOString(),
  };
  const missing = facts.terms.filter((term) => term.value === null).map((term) => term.field);
  const identity = facts.terms.flatMap((term) =>
    term.value === null ? [] : [condition(term.field, [term.value])],
  );
  const plan: PivotPlan = { pivots: [], unavailable: [] };
  const add = (
    id: PivotId,
    title: string,
    reasonMissing: string | null,
    build: () => Omit<Pivot, 'id' | 'title' | keyof typeof range>,
  ) => {
    if (reasonMissing) plan.unavailable.push({ id, title, reason: reasonMissing });
    else plan.pivots.push({ id, title, ...range, ...build() });
  };
  const noIdentity =
    missing.length > 0 || newTermsFields.length === 0
      ? `The alert has no value for ${missing.join(', ') || 'the rule’s new-terms fields'}.`
      : null;

  add('identity_timeline', 'Review the timeline', noIdentity, () => ({
    description: `All activity of ${identityText(facts)}, 30 minutes before and after the alert.`,
    conditions: identity,
    excluding: [],
  }));
  add('identity_related_calls', 'Correlate with other events', noIdentity, () => ({
    description: `${RELATED_CALLS.join(', ')} calls of ${identityText(facts)} around the alert.`,
    conditions: [...identity, condition(EVENT_ACTION, RELATED_CALLS)],
    excluding: [],
  }));
  add(
    'source_ip_identities',
    'Review the source context',
    facts.sourceIp === null ? 'The alert has no source IP.' : noIdentity,
    () => ({
      description: `Other identities calling from ${facts.sourceIp ?? ''} around the alert.`,
      conditions: [condition(SOURCE_IP, [facts.sourceIp ?? ''])],
      excluding: identity,
    }),
  );
  return plan;
}
