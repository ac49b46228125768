// Human-readable `status`: the verdict first, then the deployed copy, the last run and each cause with its fix.
import type { StatusResponse } from '../../../../common/api';

export function statusText(status: StatusResponse): string {
  const lines: string[] = [];
  const { rule, deployed, lastExecution } = status;
  lines.push(`${rule.name}`);
  lines.push(`Verdict: ${status.verdict.toUpperCase().replace('_', ' ')}`);
  if (deployed) {
    const copy = deployed.copy === 'prebuilt' ? 'Elastic prebuilt copy' : 'custom copy';
    lines.push(
      `Deployed: ${copy} ${deployed.ruleId}, version ${deployed.version} (bundled ${rule.bundledVersion})` +
        `${deployed.upgradeAvailable ? ', upgrade available' : ''}, ${deployed.enabled ? 'enabled' : 'disabled'}`,
    );
  } else {
    lines.push(`Deployed: no (bundled version ${rule.bundledVersion})`);
  }
  if (lastExecution) {
    lines.push(
      `Last run: ${lastExecution.date} ${lastExecution.status}${status.stale ? ' (stale)' : ''}`,
    );
    if (lastExecution.message) lines.push(`  ${lastExecution.message}`);
  } else if (deployed) {
    lines.push('Last run: none yet');
  }
  for (const cause of status.causes) {
    lines.push(`- [${cause.severity}] ${cause.title}`);
    if (cause.detail) lines.push(`    ${cause.detail}`);
    lines.push(`    Fix: ${cause.fix}`);
  }
  return `${lines.join('\n')}\n`;
}
