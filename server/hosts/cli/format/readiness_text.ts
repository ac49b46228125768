// Human-readable `readiness`: one block per index pattern with each check's status, finding and fix.
import type { CheckStatus, ReadinessCheck, ReadinessResponse } from '../../../../common/api';
import { formatCount, formatNumber, plural } from '../../../../common/format';

const MARK: Record<CheckStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };

function checkLines(check: ReadinessCheck, indent: string): string[] {
  const lines = [`${indent}${MARK[check.status]}  ${check.title}: ${check.finding}`];
  if (check.fix) lines.push(`${indent}      Fix: ${check.fix}`);
  return lines;
}

/** A count equal to the answer's cap stopped there: "at least 10,000". */
function countText(value: number, countLimit: number | undefined): string {
  return formatCount({ value, atLeast: countLimit !== undefined && value >= countLimit });
}

export function readinessText(readiness: ReadinessResponse): string {
  const { countLimit } = readiness;
  const lines = [
    `Readiness: ${MARK[readiness.status]} (history window ${readiness.historyWindowStart}, time field ${readiness.timestampField})`,
  ];
  for (const pattern of readiness.patterns) {
    lines.push('');
    lines.push(
      `${pattern.pattern}: ${MARK[pattern.status]} — ` +
        `${countText(pattern.documentsInHistoryWindow, countLimit)} ` +
        `${pattern.documentsInHistoryWindow === 1 ? 'document' : 'documents'} in the history window, ` +
        `${countText(pattern.matchingInHistoryWindow, countLimit)} matching the query, ` +
        `baseline ${formatNumber(pattern.baselineDays)} of ${plural(readiness.historyWindowDays, 'day')}`,
    );
    for (const check of pattern.checks) lines.push(...checkLines(check, '  '));
  }
  if (readiness.findings.length > 0) {
    lines.push('');
    for (const finding of readiness.findings) lines.push(...checkLines(finding, ''));
  }
  return `${lines.join('\n')}\n`;
}
