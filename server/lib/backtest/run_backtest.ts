// The backtest service: exactly the alerts the detection engine would have created had the rule (the deployed
// copy with its current exceptions, else the bundled definition) run on schedule over the last days, computed
// from aggregations in a handful of searches whose cost follows the distinct term sets, never the events or runs.
// It acts as the caller; a cancelled signal stops the upstream searches.
import {
  BACKTEST_DEFAULT_DAYS,
  type BacktestAlert,
  type BacktestRequest,
  type BacktestResponse,
} from '../../../common/api';
import { DAY_MS } from '../../../common/time';
import { withExceptions } from '../exceptions/exception_filter';
import { readRuleExceptions } from '../exceptions/rule_exceptions';
import { HttpError } from '../errors';
import { toUpstreamError } from '../readiness/probe';
import { buildRuleQueryFilter, fieldsFromFieldCaps } from '../kql';
import { kqlQueryFields } from '../rule';
import type { ServiceContext } from '../service_context';
import { readAlertContext } from './alert_context';
import { backtestPlan, scheduleFor } from './backtest_plan';
import { forecast } from './forecast';
import { replaySchedule } from './replay_schedule';
import { activeDaysOf, suggestExceptions } from './suggestions';
import {
  histogramBucketMs,
  searchEventDays,
  searchTermSets,
  type SearchScope,
} from './term_set_search';

export interface BacktestProgress {
  searches: number;
  termSets: number;
}

export interface BacktestOptions {
  /** Aborting stops the searches in flight and answers 499 (default: the context's, the caller going away). */
  signal?: AbortSignal;
  onProgress?(progress: BacktestProgress): void;
}

const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function runBacktest(
  ctx: ServiceContext,
  request: BacktestRequest,
  options: BacktestOptions = {},
): Promise<BacktestResponse> {
  const signal = options.signal ?? ctx.signal;
  try {
    return await backtest(ctx, request.days ?? BACKTEST_DEFAULT_DAYS, { ...options, signal });
  } catch (error) {
    if (signal?.aborted) throw new HttpError(499, 'The backtest was cancelled.');
    // Kibana's failures arrive as HttpErrors already; Elasticsearch's are read as readiness reads them.
    if (error instanceof HttpError) throw error;
    throw toUpstreamError(error, 'backtesting the rule');
  }
}

async function backtest(
  ctx: ServiceContext,
  days: number,
  { signal, onProgress }: BacktestOptions,
): Promise<BacktestResponse> {
  const now = ctx.now();
  const exceptions = await readRuleExceptions(ctx);
  const plan = backtestPlan(exceptions.rule, ctx.rule);
  const schedule = scheduleFor(plan, now, days);
  let searches = 0;
  let termSets = 0;
  const counted = (progress: { termSets: number }) => {
    searches += 1;
    termSets = Math.max(termSets, progress.termSets);
    onProgress?.({ searches, termSets });
  };

  // A caller gone while Kibana answered starts no search.
  signal?.throwIfAborted();
  // Field types decide how KQL translates, as they do for the detection engine.
  const caps = await ctx.elasticsearch.fieldCaps(
    {
      index: plan.patterns,
      fields: plan.language === 'kuery' ? [...kqlQueryFields(plan.query), '@timestamp'] : '*',
      ignore_unavailable: true,
      allow_no_indices: true,
    },
    { signal },
  );
  counted({ termSets: 0 });
  const ruleQuery = buildRuleQueryFilter({
    query: plan.query,
    language: plan.language,
    fields: fieldsFromFieldCaps(caps as never),
    filters: plan.filters as never,
  });
  const scope = (from: number): SearchScope => ({
    client: ctx.elasticsearch,
    patterns: plan.patterns,
    query: withExceptions(ruleQuery as never, exceptions.items, now),
    fields: plan.newTermsFields,
    primaryTime: plan.primaryTime,
    secondaryTime: plan.secondaryTime,
    from,
    to: schedule.now,
    signal,
    onSearch: counted,
  });
  const rangeFrom = schedule.firstTo - plan.lookBackMs;
  const historyDays = Math.round(plan.historyMs / DAY_MS);
  const firstDay = startOfDay(rangeFrom);
  const [sets, eventDays] = await Promise.all([
    searchTermSets(
      scope(schedule.firstTo - plan.historyMs),
      histogramBucketMs(plan.historyMs, plan.lookBackMs, plan.intervalMs),
    ),
    searchEventDays(scope(firstDay - historyDays * DAY_MS)),
  ]);
  const replay = replaySchedule(sets, schedule, plan.historyMs, plan.maxSignals);
  const contexts = await readAlertContext(
    scope(rangeFrom),
    replay.alerts,
    plan.lookBackMs,
    plan.contextFields,
  );
  const alerts: BacktestAlert[] = replay.alerts.map((alert, i) => ({
    time: new Date(alert.runTo).toISOString(),
    eventTime: new Date(alert.eventTime).toISOString(),
    terms: Object.fromEntries(plan.newTermsFields.map((field, f) => [field, String(alert.key[f])])),
    context: contexts[i] ?? {},
    returning: alert.returning,
  }));

  const occurrencesByKey = new Map(sets.map((set) => [JSON.stringify(set.key), set.occurrences]));
  const activeDays = replay.alerts.map((alert) =>
    activeDaysOf(occurrencesByKey.get(JSON.stringify(alert.key)) ?? [], rangeFrom, schedule.now),
  );
  const suggestions = suggestExceptions({
    alerts,
    newTermsFields: plan.newTermsFields,
    activeDays,
  });

  const baselineBefore = (day: number) =>
    [...eventDays].filter((d) => d < day && d >= day - historyDays * DAY_MS).length;
  const perDay = [];
  for (let day = firstDay; day <= schedule.now; day += DAY_MS) {
    perDay.push({
      date: isoDay(day),
      alerts: replay.alerts.filter((alert) => startOfDay(alert.runTo) === day).length,
      baseline_days: baselineBefore(day),
    });
  }
  return {
    range: { from: new Date(rangeFrom).toISOString(), to: now.toISOString() },
    ruleDeployed: exceptions.rule !== null,
    newTermsFields: plan.newTermsFields,
    runs: {
      total: schedule.runs,
      withAlerts: replay.runsWithAlerts,
      interval: plan.interval,
      capped: replay.cappedRuns,
    },
    alerts,
    days: perDay,
    forecast: forecast({
      days: perDay,
      historyDays,
      baselineDays: baselineBefore(startOfDay(schedule.now)),
      removable: suggestions.reduce((sum, s) => sum + s.alerts_removed, 0),
      suggestions: suggestions.length,
    }),
    suggestions,
    exceptionsApplied: exceptions.items.length,
    searches,
    termSets,
  };
}
