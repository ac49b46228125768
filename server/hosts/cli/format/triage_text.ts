// Human-readable `alerts --set-status`: how many of the named alerts changed, and why the others did not.
import type { TriageResponse } from '../../../../common/api';
import { formatNumber, plural } from '../../../../common/format';

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
