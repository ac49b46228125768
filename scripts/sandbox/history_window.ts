// The longest new-terms history window among the bundled rules: cached data that ended longer ago than this would
// make every user look new to the rule, so the sandbox regenerates it instead.
import { lookBackMs } from '../../common/time';
import { loadBundledRules } from '../../server/lib/rule_files';

export async function bundledHistoryWindowMs(): Promise<number> {
  const rules = await loadBundledRules();
  const windows = rules.flatMap(({ definition }) =>
    (definition.rule.new_terms?.history_window_start ?? []).flatMap(
      (w) => lookBackMs(w.value) ?? [],
    ),
  );
  if (windows.length === 0) throw new Error('no bundled new_terms rule defines a history window');
  return Math.max(...windows);
}
