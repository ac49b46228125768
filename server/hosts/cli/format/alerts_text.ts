// Human-readable `alerts`: counts per range and workflow status, top pairs and the newest alerts; and
// `alerts --set-status`: how many of the named alerts changed, and why the others did not.
import type { AlertsResponse, TriageResponse } from '../../../../common/api';
import { formatNumber, plural } from '../../../../common/format';

export function alertsText(alerts: AlertsResponse): string {
  if (!alerts.ruleDeployed) return 'The rule is not deployed in this space: no alerts.\n';
  const lines = [
    `Alerts: ${formatNumber(alerts.totals['24h'])} in 24h, ${formatNumber(alerts.totals['7d'])} in 7d, ` +
      `${formatNumber(alerts.totals['30d'])} in 30d`,
  ];
  const statuses = Object.entries(alerts.byWorkflowStatus).map(
    ([status, count]) => `${status} ${formatNumber(count)}`,
  );
  if (statuses.length > 0) lines.push(`By status (${alerts.range}): ${statuses.join(', ')}`);
  if (alerts.lastAlertAt) {
    lines.push(
      `Last alert: ${alerts.lastAlertAt}${alerts.silentDays ? ` (silent for ${plural(alerts.silentDays, 'day')})` : ''}`,
    );
  } else {
    lines.push('Last alert: never');
  }
  if (alerts.topPairs.length > 0) {
    lines.push(`Top ${alerts.newTermsFields.join(' / ')}:`);
    for (const pair of alerts.topPairs) {
      lines.push(`  ${pair.values.join(' / ')}  ${formatNumber(pair.count)}`);
    }
  }
  if (alerts.newest.length > 0) {
    lines.push('Newest:');
    for (const alert of alerts.newest) {
      lines.push(
        `  ${alert.timestamp}  ${alert.workflowStatus}  ${alert.newTerms.join(' / ')}  id ${alert.id}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function triageText(result: TriageResponse): string {
  const lines = [
    `Set ${plural(result.updated, 'alert')} to ${result.status} (of ${formatNumber(result.requested)} named).`,
  ];
  if (result.updated < result.requested) {
    lines.push(
      'The others are not alerts of this rule in this space, or already changed by someone else meanwhile.',
    );
  }
  return `${lines.join('\n')}\n`;
}
