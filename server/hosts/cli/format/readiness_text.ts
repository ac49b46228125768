// Human-readable `readiness`: one block per index pattern with each check's status, finding and fix.
import type { CheckStatus, ReadinessCheck, ReadinessResponse } from '../../../../common/api';

const MARK: Record<CheckStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };

function checkLines(check: ReadinessCheck, indent: string): string[] {
  const lines = [`${indent}${MARK[check.status]}  ${check.title}: ${check.finding}`];
  if (check.fix) lines.push(`${indent}      Fix: ${check.fix}`);
  return lines;
}

export function readinessText(readiness: ReadinessResponse): string {
  const lines = [
    `Readiness: ${MARK[readiness.status]} (history window ${readiness.historyWindowStart}, time field ${readiness.timestampField})`,
  ];
  for (const pattern of readiness.patterns) {
    lines.push('');
    lines.push(
      `${pattern.pattern}: ${MARK[pattern.status]} — ${pattern.documentsInHistoryWindow} documents in the history window, ` +
        `${pattern.matchingInHistoryWindow} matching the query, baseline ${pattern.baselineDays} of ${readiness.historyWindowDays} days`,
    );
    for (const check of pattern.checks) lines.push(...checkLines(check, '  '));
  }
  if (readiness.findings.length > 0) {
    lines.push('');
    for (const finding of readiness.findings) lines.push(...checkLines(finding, ''));
  }
  return `${lines.join('\n')}\n`;
}
