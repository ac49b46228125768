// One index pattern of the rule: overall result, what it resolves to, baseline coverage and each check.
import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { CodeText } from '../common/code_text';
import type { PatternReadiness } from '../../../common/api';
import { formatNumber } from '../../../common/format';
import { formatRelative } from '../../format/date_time';
import { BaselineCoverage } from './baseline_coverage';
import { CheckStatusBadge } from './check_status_badge';
import { CheckTable } from './check_table';

export interface PatternReadinessViewProps {
  pattern: PatternReadiness;
  windowDays: number;
  /** Counts stop at this cap on the server; a count equal to it means "at least". */
  countLimit?: number;
}

function countText(count: number, limit: number | undefined): string {
  return limit !== undefined && count >= limit
    ? `at least ${formatNumber(limit)}`
    : formatNumber(count);
}

function targetsText(pattern: PatternReadiness): string {
  if (!pattern.resolves) return 'Matches no index or data stream.';
  const shown = pattern.targets.slice(0, 2).join(', ');
  const more = pattern.targets.length > 2 ? ` and ${pattern.targets.length - 2} more` : '';
  return `Matches ${shown}${more}.`;
}

export function PatternReadinessView({
  pattern,
  windowDays,
  countLimit,
}: PatternReadinessViewProps) {
  return (
    <EuiPanel
      color="subdued"
      paddingSize="m"
      hasShadow={false}
      data-test-subj={`pattern-${pattern.pattern}`}
    >
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <CheckStatusBadge status={pattern.status} />
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiTitle size="xxs">
            <h3>
              <CodeText plain>{pattern.pattern}</CodeText>
            </h3>
          </EuiTitle>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="xs" />
      <EuiText size="xs" color="subdued">
        <p>
          {targetsText(pattern)} {countText(pattern.documentsInHistoryWindow, countLimit)} documents
          in the history window
          {pattern.newestEvent ? `, newest ${formatRelative(pattern.newestEvent)}` : ''}.
        </p>
      </EuiText>
      {pattern.resolves ? (
        <>
          <EuiSpacer size="s" />
          <BaselineCoverage days={pattern.baselineDays} windowDays={windowDays} />
        </>
      ) : null}
      <EuiSpacer size="s" />
      <CheckTable checks={pattern.checks} caption={`Readiness checks for ${pattern.pattern}`} />
    </EuiPanel>
  );
}
