// Human-readable `backtest`: alerts per day with their baseline, each alert, the forecast and the suggestions.
import type { BacktestResponse } from '../../../../common/api';
import { exceptionEntryText, formatNumber, plural } from '../../../../common/format';

export function backtestText(result: BacktestResponse): string {
  const lines = [
    `Backtest of ${result.ruleDeployed ? 'the deployed rule' : 'the bundled rule (not deployed)'}` +
      ` from ${result.range.from} to ${result.range.to}: ${plural(result.alerts.length, 'alert')} in ${formatNumber(result.runs.withAlerts)} of ` +
      `${formatNumber(result.runs.total)} runs (every ${result.runs.interval})` +
      (result.exceptionsApplied > 0
        ? `, with ${plural(result.exceptionsApplied, 'exception')}`
        : ''),
    'Per day (UTC)   alerts  baseline days',
    ...result.days.map(
      (day) =>
        `  ${day.date}  ${String(day.alerts).padStart(6)}  ${String(day.baseline_days).padStart(5)}`,
    ),
  ];
  if (result.alerts.length > 0) {
    lines.push(`Alerts (${result.newTermsFields.join(' / ')}):`);
    for (const alert of result.alerts) {
      const context = Object.entries(alert.context)
        .map(([field, value]) => `${field}=${value}`)
        .join(' ');
      lines.push(
        `  ${alert.time}  ${Object.values(alert.terms).join(' / ')}${alert.returning ? ' (returning)' : ''}  ${context}`,
      );
    }
  }
  lines.push(
    `Forecast: about ${plural(result.forecast.expectedAlerts, 'alert')} over the next ${result.forecast.days} days`,
    ...result.forecast.reasons.map((reason) => `  ${reason}`),
  );
  if (result.suggestions.length > 0) {
    lines.push('Suggested exceptions:');
    for (const suggestion of result.suggestions) {
      lines.push(
        `  ${suggestion.entries.map(exceptionEntryText).join(' and ')}: removes ${plural(suggestion.alerts_removed, 'alert')}`,
        `    ${suggestion.reason}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
