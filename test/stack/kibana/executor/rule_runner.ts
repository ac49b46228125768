// Runs every enabled rule, one run at a time (a scheduled tick and an on-demand run never overlap), and
// optionally on a fixed schedule — each tick stands for one rule interval, compressed for tests.
import type { ExecutionRecord } from './execution_record';
import { executeRule, type ExecutorContext } from './execute_rule';

export interface RunSelection {
  space?: string;
  /** Saved-object ids; default: every enabled rule. */
  ids?: string[];
}

export interface RuleRunner {
  runNow(selection?: RunSelection): Promise<ExecutionRecord[]>;
  start(everyMs: number): void;
  stop(): Promise<void>;
}

export function createRuleRunner(context: ExecutorContext): RuleRunner {
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const runNow = (selection: RunSelection = {}): Promise<ExecutionRecord[]> => {
    const next = queue.then(async () => {
      const rules = context.store
        .listAll()
        .filter((rule) => rule.enabled)
        .filter((rule) => selection.space === undefined || rule.space === selection.space)
        .filter((rule) => selection.ids === undefined || selection.ids.includes(rule.id));
      const records: ExecutionRecord[] = [];
      for (const rule of rules) records.push(await executeRule(rule, context));
      return records;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    runNow,
    start(everyMs) {
      const tick = () => {
        runNow()
          .catch(() => undefined)
          .finally(() => {
            if (timer) timer = setTimeout(tick, everyMs);
          });
      };
      timer = setTimeout(tick, everyMs);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await queue;
    },
  };
}
