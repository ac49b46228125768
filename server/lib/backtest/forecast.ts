// Backtest, stage 6 — the forecast: what enabling the rule now is likely to raise over the next days, from the
// backtest's alert rate on days whose baseline was complete and from today's baseline coverage, with the reasons.
import type { BacktestDay, BacktestForecast } from '../../../common/api';
import { formatNumber, plural } from '../../../common/format';

export const FORECAST_DAYS = 7;

export interface ForecastInput {
  days: readonly BacktestDay[];
  historyDays: number;
  /** Days of the history window before today that hold matching events. */
  baselineDays: number;
  /** Alerts the suggested exceptions would have removed. */
  removable: number;
  suggestions: number;
}

export function forecast(input: ForecastInput): BacktestForecast {
  const { historyDays, baselineDays } = input;
  const total = input.days.reduce((sum, day) => sum + day.alerts, 0);
  const settled = input.days.filter((day) => day.baseline_days >= historyDays);
  // Days after the first day with data: the first day's storm does not repeat once the baseline exists.
  const firstData = input.days.findIndex((day) => day.baseline_days > 0 || day.alerts > 0);
  const afterStorm = firstData < 0 ? [] : input.days.slice(firstData + 1);
  const basis = settled.length > 0 ? settled : afterStorm;
  const rate =
    basis.length > 0 ? basis.reduce((sum, day) => sum + day.alerts, 0) / basis.length : 0;
  const reasons = [
    `${plural(total, 'alert')} over the last ${plural(input.days.length, 'day')}; ` +
      `${rate.toFixed(1)} a day on ${settled.length > 0 ? 'days with a complete baseline' : 'days after the first day of data'}.`,
  ];
  if (baselineDays < historyDays) {
    reasons.push(
      `The baseline covers ${baselineDays} of ${historyDays} days: identities that call these APIs less often than every ${plural(Math.max(baselineDays, 1), 'day')} will alert once each until it is complete.`,
    );
  } else {
    reasons.push(`The baseline covers all ${historyDays} days of the history window.`);
  }
  if (input.suggestions > 0) {
    reasons.push(
      `The suggested ${plural(input.suggestions, 'exception')} would have removed ${formatNumber(input.removable)} of the backtest's alerts.`,
    );
  }
  return {
    expectedAlerts: Math.round(rate * FORECAST_DAYS),
    days: FORECAST_DAYS,
    baselineDays,
    historyDays,
    reasons,
  };
}
