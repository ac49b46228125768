// Backtest, stage 1 — the plan: every part of the rule that decides what it raises (patterns, query and
// filters, new-terms fields, history window, look-back and interval, timestamp override and its fallback,
// max_signals), read from the deployed copy or else the bundled definition, and the schedule of runs over the range.
import {
  DAY_MS,
  KIBANA_MAX_SIGNALS_DEFAULT,
  KIBANA_RULE_DEFAULTS,
  durationMs,
  lookBackMs,
} from '../../../common/time';
import type { KibanaRule } from '../detection_engine/detection_engine_client';
import { HttpError } from '../errors';
import { ruleTimestampFields } from '../kql';
import { buildRulePayload, type RuleDefinition } from '../rule';

export interface BacktestPlan {
  patterns: string[];
  query: string;
  language: 'kuery' | 'lucene';
  filters: unknown[];
  newTermsFields: string[];
  /** The event time: the override (or `@timestamp`), and `@timestamp` for documents without it. */
  primaryTime: string;
  secondaryTime: string | undefined;
  historyMs: number;
  lookBackMs: number;
  intervalMs: number;
  interval: string;
  maxSignals: number;
  /** The rule's investigation fields other than the new-terms ones: the context shown per alert. */
  contextFields: string[];
}

/** The rule fields a backtest reads, as Kibana's API and the payload builder both name them. */
type RuleFields = Partial<
  Pick<KibanaRule, 'interval' | 'from' | 'new_terms_fields' | 'investigation_fields'>
> & { readonly [field: string]: unknown };

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function required(value: number | null, what: string, text: string): number {
  if (value === null)
    throw new HttpError(400, `The rule's ${what} "${text}" cannot be backtested.`);
  return value;
}

export function backtestPlan(deployed: KibanaRule | null, bundled: RuleDefinition): BacktestPlan {
  const rule: RuleFields = deployed ?? ({ ...buildRulePayload(bundled) } as RuleFields);
  if (rule.type !== 'new_terms') {
    throw new HttpError(400, `Only new_terms rules can be backtested, not ${String(rule.type)}.`);
  }
  const language = rule.language === 'lucene' ? 'lucene' : 'kuery';
  const from = typeof rule.from === 'string' ? rule.from : KIBANA_RULE_DEFAULTS.from;
  const interval =
    typeof rule.interval === 'string' ? rule.interval : KIBANA_RULE_DEFAULTS.interval;
  const historyStart = String(rule.history_window_start ?? from);
  const timestamps = ruleTimestampFields({
    timestampOverride:
      typeof rule.timestamp_override === 'string' ? rule.timestamp_override : undefined,
    timestampOverrideFallbackDisabled: rule.timestamp_override_fallback_disabled === true,
  });
  const newTermsFields = strings(rule.new_terms_fields);
  if (newTermsFields.length === 0) throw new HttpError(400, 'The rule has no new-terms fields.');
  return {
    patterns: strings(rule.index),
    query: typeof rule.query === 'string' ? rule.query : '',
    language,
    filters: Array.isArray(rule.filters) ? rule.filters : [],
    newTermsFields,
    primaryTime: timestamps.primary,
    secondaryTime: timestamps.secondary,
    historyMs: required(lookBackMs(historyStart), 'history window start', historyStart),
    lookBackMs: required(lookBackMs(from), 'look-back', from),
    intervalMs: required(durationMs(interval), 'interval', interval),
    interval,
    maxSignals:
      typeof rule.max_signals === 'number' ? rule.max_signals : KIBANA_MAX_SIGNALS_DEFAULT,
    contextFields: strings(rule.investigation_fields?.field_names).filter(
      (field) => !newTermsFields.includes(field) && field !== '@timestamp',
    ),
  };
}

/** The scheduled runs over the last `days` days: each run's end, newest first, every `interval` back from now. */
export interface Schedule {
  now: number;
  intervalMs: number;
  lookBackMs: number;
  runs: number;
  /** End of the oldest run. */
  firstTo: number;
}

export function scheduleFor(plan: BacktestPlan, now: Date, days: number): Schedule {
  const runs = Math.max(1, Math.floor((days * DAY_MS) / plan.intervalMs));
  return {
    now: now.getTime(),
    intervalMs: plan.intervalMs,
    lookBackMs: plan.lookBackMs,
    runs,
    firstTo: now.getTime() - (runs - 1) * plan.intervalMs,
  };
}

/** The end of the earliest scheduled run at or after `time`, or null when no run ends there. */
export function firstRunAtOrAfter(schedule: Schedule, time: number): number | null {
  if (time > schedule.now) return null;
  const at = Math.max(time, schedule.firstTo);
  const back = Math.floor((schedule.now - at) / schedule.intervalMs);
  return schedule.now - back * schedule.intervalMs;
}
