// Human-readable `deploy`: what happened (or would, on a dry run) and the fields written.
import type { DeployResponse } from '../../../../common/api';

export function deployText(result: DeployResponse): string {
  const lines = [`${result.dryRun ? '[dry run] ' : ''}${result.message}`];
  lines.push(
    `Rule: ${result.copy === 'prebuilt' ? 'Elastic prebuilt copy' : 'custom copy'} ${result.rule.ruleId}, ` +
      `version ${result.rule.version}, ${result.rule.enabled ? 'enabled' : 'disabled'}`,
  );
  for (const change of result.changes) {
    lines.push(
      `  ${change.field}: ${JSON.stringify(change.deployed)} → ${JSON.stringify(change.bundled)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
