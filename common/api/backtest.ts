// POST backtest: what the rule would have raised had it run on schedule over the last days, per day with the
// baseline each day had, the forecast for enabling it now, and exception suggestions for routine callers.
import * as t from 'io-ts';
import { ExceptionEntry } from './exceptions';

export const BACKTEST_MAX_DAYS = 30;
export const BACKTEST_DEFAULT_DAYS = 7;

const Days = new t.Type<number, number, unknown>(
  `an integer from 1 to ${BACKTEST_MAX_DAYS}`,
  (u): u is number =>
    typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= BACKTEST_MAX_DAYS,
  (u, c) =>
    typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= BACKTEST_MAX_DAYS
      ? t.success(u)
      : t.failure(u, c, `must be an integer from 1 to ${BACKTEST_MAX_DAYS}`),
  t.identity,
);

export const BacktestRequest = t.exact(t.partial({ days: Days }));
export type BacktestRequest = t.TypeOf<typeof BacktestRequest>;

export const BacktestAlert = t.type({
  /** When the scheduled run that raises it would have run (ISO). */
  time: t.string,
  /** The event time (the timestamp override, else `@timestamp`) of the term set's first event in that run. */
  eventTime: t.string,
  /** New-terms field → value. */
  terms: t.record(t.string, t.string),
  /** The first matching event's context: the rule's investigation fields it carries (field → value). */
  context: t.record(t.string, t.string),
  /** True when the term set had been seen before, longer ago than the history window. */
  returning: t.boolean,
});
export type BacktestAlert = t.TypeOf<typeof BacktestAlert>;

export const BacktestDay = t.type({
  /** UTC day, YYYY-MM-DD. */
  date: t.string,
  alerts: t.number,
  /** Days of the history window before this day that hold matching events. */
  baseline_days: t.number,
});
export type BacktestDay = t.TypeOf<typeof BacktestDay>;

export const BacktestForecast = t.type({
  /** Alerts expected over the next `days` days if the rule were enabled now. */
  expectedAlerts: t.number,
  days: t.number,
  /** Days of the history window that hold matching events now, out of `historyDays`. */
  baselineDays: t.number,
  historyDays: t.number,
  /** Plain-language explanation of the figure. */
  reasons: t.array(t.string),
});
export type BacktestForecast = t.TypeOf<typeof BacktestForecast>;

export const ExceptionSuggestion = t.type({
  /** Kibana exception item entries (ANDed) that would remove the caller's alerts. */
  entries: t.array(ExceptionEntry),
  /** Backtest alerts the exception would have removed. */
  alerts_removed: t.number,
  reason: t.string,
  /** A proposed item name. */
  name: t.string,
});
export type ExceptionSuggestion = t.TypeOf<typeof ExceptionSuggestion>;

export const BacktestResponse = t.type({
  range: t.type({ from: t.string, to: t.string }),
  /** False when the bundled rule stood in for a deployed one. */
  ruleDeployed: t.boolean,
  newTermsFields: t.array(t.string),
  /** Scheduled runs the range holds, and how many of them would have raised alerts. */
  runs: t.type({ total: t.number, withAlerts: t.number, interval: t.string, capped: t.number }),
  alerts: t.array(BacktestAlert),
  days: t.array(BacktestDay),
  forecast: BacktestForecast,
  suggestions: t.array(ExceptionSuggestion),
  /** Exception items of the deployed rule the backtest applied. */
  exceptionsApplied: t.number,
  /** Searches the backtest sent to Elasticsearch. */
  searches: t.number,
  /** Distinct term sets it looked at: what its cost follows. */
  termSets: t.number,
});
export type BacktestResponse = t.TypeOf<typeof BacktestResponse>;
