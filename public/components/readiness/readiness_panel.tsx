// Section "Data readiness": can the data in each index pattern feed the rule, and what to do if not; each pattern
// with what it resolves to, its baseline coverage and its checks.
import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiProgress,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { PatternReadiness, ReadinessResponse } from '../../../common/api';
import { formatCount, formatNumber } from '../../../common/format';
import { formatRelative } from '../../format/date_time';
import type { ApiResource } from '../../hooks/use_api_resource';
import { CodeText } from '../code_text';
import { EmptyState, ResourceView, SectionPanel } from '../section';
import { CheckList, CheckStatusBadge } from './check_table';

// "X of 10 days": how much of the history window holds data (under the full window every user looks new).
interface BaselineCoverageProps {
  days: number;
  windowDays: number;
}

function BaselineCoverage({ days, windowDays }: BaselineCoverageProps) {
  const covered = Math.min(days, windowDays);
  const label = `${covered} of ${windowDays} days`;
  return (
    <div data-test-subj="baselineCoverage">
      <EuiProgress
        value={covered}
        max={windowDays}
        size="s"
        color={covered >= windowDays ? 'success' : covered === 0 ? 'danger' : 'warning'}
        label="Baseline coverage"
        valueText={label}
        aria-valuetext={label}
      />
      {covered < windowDays ? (
        <EuiText size="xs" color="subdued">
          <p>Until the whole window holds data, every user looks new to the rule.</p>
        </EuiText>
      ) : null}
    </div>
  );
}

// One index pattern of the rule: overall result, what it resolves to, baseline coverage and each check.
interface PatternReadinessViewProps {
  pattern: PatternReadiness;
  windowDays: number;
  /** Counts stop at this cap on the server; a count equal to it means "at least". */
  countLimit?: number;
}

/** "At least 10,000 documents in the history window, newest 2 minutes ago.": a sentence of its own. */
export function documentsSentence(
  pattern: PatternReadiness,
  countLimit: number | undefined,
): string {
  const value = pattern.documentsInHistoryWindow;
  const atLeast = countLimit !== undefined && value >= countLimit;
  const noun = value === 1 && !atLeast ? 'document' : 'documents';
  const newest = pattern.newestEvent ? `, newest ${formatRelative(pattern.newestEvent)}` : '';
  const text = `${formatCount({ value, atLeast })} ${noun} in the history window${newest}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function targetsText(pattern: PatternReadiness): string {
  if (!pattern.resolves) return 'Matches no index or data stream.';
  const shown = pattern.targets.slice(0, 2).join(', ');
  const more =
    pattern.targets.length > 2 ? ` and ${formatNumber(pattern.targets.length - 2)} more` : '';
  return `Matches ${shown}${more}.`;
}

function PatternReadinessView({ pattern, windowDays, countLimit }: PatternReadinessViewProps) {
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
          {targetsText(pattern)} {documentsSentence(pattern, countLimit)}
        </p>
      </EuiText>
      {pattern.resolves ? (
        <>
          <EuiSpacer size="s" />
          <BaselineCoverage days={pattern.baselineDays} windowDays={windowDays} />
        </>
      ) : null}
      <EuiSpacer size="s" />
      <CheckList checks={pattern.checks} caption={`Readiness checks for ${pattern.pattern}`} />
    </EuiPanel>
  );
}

function ReadinessContent({ readiness }: { readiness: ReadinessResponse }) {
  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <CheckStatusBadge status={readiness.status} />
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiText size="s" color="subdued">
            <p>
              Checked {formatRelative(readiness.checkedAt)} over the rule&apos;s history window (
              {readiness.historyWindowStart}, {readiness.historyWindowDays} days), by{' '}
              <code>{readiness.timestampField}</code>.
            </p>
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
      {readiness.findings.length > 0 ? (
        <>
          <EuiSpacer size="m" />
          <CheckList checks={readiness.findings} caption="Findings across all index patterns" />
        </>
      ) : null}
      {readiness.patterns.map((pattern) => (
        <div key={pattern.pattern}>
          <EuiSpacer size="m" />
          <PatternReadinessView
            pattern={pattern}
            windowDays={readiness.historyWindowDays}
            countLimit={readiness.countLimit}
          />
        </div>
      ))}
    </>
  );
}

export function ReadinessPanel({ readiness }: { readiness: ApiResource<ReadinessResponse> }) {
  return (
    <SectionPanel
      title="Data readiness"
      description="Whether the data in each index pattern of the rule can feed it."
      data-test-subj="readinessSection"
    >
      <ResourceView
        resource={readiness}
        what="data readiness"
        privilegeHint="Checking the data needs read and view_index_metadata on the rule's index patterns."
        empty={(data) =>
          data.patterns.length === 0 ? (
            <EmptyState
              iconType="indexClose"
              title="No index patterns"
              body="The rule defines no index patterns to check."
            />
          ) : null
        }
      >
        {(data) => <ReadinessContent readiness={data} />}
      </ResourceView>
    </SectionPanel>
  );
}
