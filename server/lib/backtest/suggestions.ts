// Backtest, stage 5 — exception suggestions: callers whose alerts come from routine activity (the same identity
// new in several accounts, or active on several days of the range), each with Kibana exception entries, the
// alerts they would have removed and why they look routine. A caller seen on one day in one account — the
// pattern of a rare first-time caller — is never suggested.
import type { BacktestAlert, ExceptionEntry, ExceptionSuggestion } from '../../../common/api';
import { plural } from '../../../common/format';
import { DAY_MS } from '../../../common/time';

/** Days of the range a caller must be active on to look routine. */
export const ROUTINE_ACTIVE_DAYS = 3;
/** Accounts an identity must be new in, on more than one day, to look like deployed automation. */
export const ROUTINE_ACCOUNTS = 2;
/** A one-day burst in several accounts can be one intruder trying each account: that is never routine. */
const ROUTINE_ACROSS_DAYS = 2;
export const MAX_SUGGESTIONS = 10;

export interface SuggestionInput {
  alerts: readonly BacktestAlert[];
  newTermsFields: readonly string[];
  /** Per alert (same order): UTC days of the range its term set was active on. */
  activeDays: readonly number[];
}

const match = (field: string, value: string): ExceptionEntry => ({
  type: 'match',
  field,
  operator: 'included',
  value,
});

export function suggestExceptions(input: SuggestionInput): ExceptionSuggestion[] {
  const fields = input.newTermsFields;
  // The identity is the last new-terms field (user.name); the others scope it (cloud.account.id).
  const identity = fields[fields.length - 1];
  const groups = new Map<string, Array<{ alert: BacktestAlert; days: number }>>();
  input.alerts.forEach((alert, i) => {
    const value = alert.terms[identity];
    if (value === undefined) return;
    groups.set(value, [...(groups.get(value) ?? []), { alert, days: input.activeDays[i] ?? 0 }]);
  });
  const suggestions: ExceptionSuggestion[] = [];
  for (const [value, members] of groups) {
    const scopes = new Set(
      members.map(({ alert }) =>
        fields
          .slice(0, -1)
          .map((f) => alert.terms[f])
          .join('/'),
      ),
    );
    const days = Math.max(...members.map((m) => m.days));
    const acrossScopes =
      fields.length > 1 && scopes.size >= ROUTINE_ACCOUNTS && days >= ROUTINE_ACROSS_DAYS;
    if (!acrossScopes && days < ROUTINE_ACTIVE_DAYS) continue;
    const scopeFields = fields.slice(0, -1);
    const entries: ExceptionEntry[] = acrossScopes
      ? [match(identity, value)]
      : [match(identity, value), ...scopeFields.map((f) => match(f, members[0].alert.terms[f]))];
    const reason = acrossScopes
      ? `${value} is new in ${plural(scopes.size, 'value')} of ${scopeFields.join(', ')} and active on ${plural(days, 'day')}: an identity deployed everywhere, such as automation or a service role.`
      : `${value} was active on ${days} of the backtest's days: a routine caller the baseline did not know yet, not a one-off.`;
    suggestions.push({
      name: `Routine caller ${value}`,
      entries,
      alerts_removed: members.length,
      reason,
    });
  }
  return suggestions
    .sort((a, b) => b.alerts_removed - a.alerts_removed || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS);
}

/** Distinct UTC days in [from, to] a term set's occurrences touch. */
export function activeDaysOf(
  occurrences: ReadonlyArray<{ first: number; last: number }>,
  from: number,
  to: number,
): number {
  const days = new Set<number>();
  for (const { first, last } of occurrences) {
    if (last < from || first > to) continue;
    days.add(Math.floor(Math.max(first, from) / DAY_MS));
    days.add(Math.floor(Math.min(last, to) / DAY_MS));
  }
  return days.size;
}
