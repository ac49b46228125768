// Section "Alerts": counts, workflow statuses, a histogram, top pairs and the newest alerts, for a chosen range.
import {
  EuiButtonGroup,
  EuiFlexGroup,
  EuiFlexItem,
  EuiHorizontalRule,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { useState } from 'react';
import type { AlertsRange, AlertsResponse, TriageStatus } from '../../../common/api';
import type { AlertTriage } from '../../hooks/use_alert_triage';
import type { DateFormatter } from '../../format/date_time';
import { useDates } from '../../hooks/use_dates';
import type { ApiResource } from '../../hooks/use_api_resource';
import { EmptyState, ResourceView, SectionPanel } from '../section';
import { SecurityLink } from '../security_link';
import { AlertTotals, TopPairsTable, WorkflowStatusBreakdown } from './alert_counts';
import { LazyAlertsHistogram } from './lazy_alerts_histogram';
import { NewestAlertsTable } from './newest_alerts_table';
import { TriageBar } from './triage_bar';

/** The range shown first: long enough for a rarely firing rule to show something. */
export const DEFAULT_RANGE: AlertsRange = '7d';

// Chooses the time range the histogram, top pairs and newest alerts cover, saying which one the panel opens with.
const RANGE_LABELS: Record<AlertsRange, string> = {
  '24h': '24 hours',
  '7d': '7 days',
  '30d': '30 days',
};

const OPTIONS = (Object.keys(RANGE_LABELS) as AlertsRange[]).map((id) => ({
  id,
  label: RANGE_LABELS[id],
}));

function RangePicker({
  range,
  onChange,
}: {
  range: AlertsRange;
  onChange(range: AlertsRange): void;
}) {
  const defaultLabel = RANGE_LABELS[DEFAULT_RANGE];
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiText size="xs" color="subdued" data-test-subj="alertsRangeDefault">
          {`Default: ${defaultLabel}`}
        </EuiText>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonGroup
          legend={`Time range of the alerts shown (default ${defaultLabel})`}
          options={OPTIONS}
          idSelected={range}
          onChange={(id) => onChange(id as AlertsRange)}
          buttonSize="compressed"
          data-test-subj="alertsRange"
        />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

export interface AlertsPanelProps {
  alerts: ApiResource<AlertsResponse>;
  range: AlertsRange;
  onRangeChange(range: AlertsRange): void;
  /** Saved-object id of the deployed rule, for links into Security; null when not deployed. */
  ruleId: string | null;
  /** Whether the caller may deploy and enable the rule: a read-only user is told who can. */
  canWrite: boolean;
  /** Setting the workflow status of selected alerts. */
  triage: AlertTriage;
  /** Beside the range picker (the panel's auto-refresh). */
  extraActions?: React.ReactNode;
}

function Subtitle({ children }: { children: string }) {
  return (
    <EuiTitle size="xxs">
      <h3>{children}</h3>
    </EuiTitle>
  );
}

function emptyView(
  data: AlertsResponse,
  range: AlertsRange,
  canWrite: boolean,
  dates: DateFormatter,
) {
  if (!data.ruleDeployed) {
    const action = canWrite
      ? 'Deploy and enable the rule'
      : 'Ask an administrator with rule write privileges to deploy and enable the rule';
    return (
      <EmptyState
        iconType="securitySignalDetected"
        title="No alerts: the rule is not deployed"
        body={`${action}; its alerts will show here and in Kibana Security.`}
      />
    );
  }
  if (data.totals['30d'] > 0) return null;
  // The title names the range the reader picked; the body says the longest range is just as quiet.
  const longest = range === '30d' ? '' : 'None in the last 30 days either. ';
  return (
    <EmptyState
      iconType="securitySignalDetected"
      title={`No alerts in the last ${RANGE_LABELS[range]}`}
      body={
        data.lastAlertAt
          ? `${longest}The last alert was raised ${dates.dateTime(data.lastAlertAt)}. A rare-user rule fires seldom; check the data readiness if that is unexpected.`
          : `${longest}The rule has never raised an alert. A rare-user rule fires seldom; check the data readiness to be sure it can see matching events.`
      }
    />
  );
}

function AlertsContent({
  data,
  range,
  isLoading,
  triage,
}: {
  data: AlertsResponse;
  range: AlertsRange;
  isLoading: boolean;
  triage: AlertTriage;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const onSetStatus = (status: TriageStatus) => {
    void triage.setStatus(selected, status).then((result) => {
      if (result) setSelected([]);
    });
  };
  return (
    <>
      <AlertTotals totals={data.totals} isLoading={isLoading} />
      <EuiSpacer size="m" />
      <WorkflowStatusBreakdown counts={data.byWorkflowStatus} />
      <EuiHorizontalRule margin="m" />
      <EuiFlexGroup gutterSize="l" wrap>
        <EuiFlexItem style={{ minWidth: 320 }} grow={3}>
          <Subtitle>{`Alerts over the last ${RANGE_LABELS[range]}`}</Subtitle>
          <EuiSpacer size="s" />
          <LazyAlertsHistogram histogram={data.histogram} />
        </EuiFlexItem>
        <EuiFlexItem style={{ minWidth: 280 }} grow={2}>
          <Subtitle>Top account and user pairs</Subtitle>
          <EuiSpacer size="s" />
          <TopPairsTable pairs={data.topPairs} fields={data.newTermsFields} />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiHorizontalRule margin="m" />
      <Subtitle>Newest alerts</Subtitle>
      <EuiSpacer size="s" />
      <TriageBar
        selectedCount={selected.length}
        isBusy={triage.isBusy}
        error={triage.error}
        onSetStatus={onSetStatus}
      />
      <EuiSpacer size="s" />
      <NewestAlertsTable
        selected={selected}
        onSelectionChange={setSelected}
        alerts={data.newest}
        newTermsFields={data.newTermsFields}
        investigationFields={data.investigationFields}
        rangeLabel={RANGE_LABELS[range]}
      />
    </>
  );
}

export function AlertsPanel({
  alerts,
  range,
  onRangeChange,
  ruleId,
  canWrite,
  triage,
  extraActions,
}: AlertsPanelProps) {
  const dates = useDates();
  return (
    <SectionPanel
      title="Alerts"
      data-test-subj="alertsSection"
      actions={
        <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
          {ruleId ? (
            <EuiFlexItem grow={false}>
              <SecurityLink asButton iconType="external" target={{ page: 'ruleAlerts', ruleId }}>
                All alerts in Security
              </SecurityLink>
            </EuiFlexItem>
          ) : null}
          <EuiFlexItem grow={false}>
            <RangePicker range={range} onChange={onRangeChange} />
          </EuiFlexItem>
          {extraActions ? <EuiFlexItem grow={false}>{extraActions}</EuiFlexItem> : null}
        </EuiFlexGroup>
      }
    >
      <ResourceView
        resource={alerts}
        what="alerts"
        privilegeHint="Reading alerts needs read on the Security alerts index (.alerts-security.alerts-<space>) and the Security feature."
        empty={(data) => emptyView(data, range, canWrite, dates)}
      >
        {(data) => (
          <AlertsContent data={data} range={range} isLoading={alerts.isLoading} triage={triage} />
        )}
      </ResourceView>
    </SectionPanel>
  );
}
