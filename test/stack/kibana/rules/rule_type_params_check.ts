// The rule type's own parameter validation (Kibana answers `params invalid: …`), run on create and patch.
import { siemError } from '../http/kibana_error';
import { parseDateMath } from './date_math';
import type { RuleParams } from './stored_rule';

export function checkRuleTypeParams(params: RuleParams, now: Date): void {
  if (params.type !== 'new_terms') return;
  const fail = (message: string) => siemError(400, `params invalid: ${message}`);
  const historyWindowStart = String(params.history_window_start ?? '');
  const start = parseDateMath(historyWindowStart, now);
  if (!start) throw fail(`Failed to parse 'historyWindowStart'`);
  const from = parseDateMath(params.from, now);
  if (!from) throw fail(`Failed to parse 'from'`);
  if (start.getTime() >= from.getTime()) {
    throw fail(
      `History window size is smaller than rule interval + additional lookback, 'historyWindowStart' must be earlier than 'from'`,
    );
  }
}
