// The longest new-terms history window among the bundled rules: cached data that ended longer ago than this would
// make every user look new to the rule, so the sandbox regenerates it instead.
import { loadBundledRules } from '../../server/lib/rule_files';
import { parseLookBack } from '../../server/lib/readiness/relative_time';

export async function bundledHistoryWindowMs(): Promise<number> {
  const rules = await loadBundledRules();
  const windows = rules.flatMap(({ definition }) =>
    (definition.rule.new_terms?.history_window_start ?? []).map((w) => parseLookBack(w.value)),
  );
  if (windows.length === 0) throw new Error('no bundled new_terms rule defines a history window');
  return Math.max(...windows);
}
