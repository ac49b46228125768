// Section "Rule health": verdict, alarms, the last run, each cause with its fix, and recent runs.
import { EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { AlertsResponse, StatusResponse } from '../../../common/api';
import type { ApiResource } from '../../hooks/use_api_resource';
import { EmptyState } from '../section/empty_state';
import { ResourceView } from '../section/resource_view';
import { SectionPanel } from '../section/section_panel';
import { CauseList } from './cause_list';
import { ExecutionFacts } from './execution_facts';
import { HealthAlarms } from './health_alarms';
import { RunHistory } from './run_history';
import { VerdictBadge } from './verdict_badge';
import { VERDICTS } from './verdict_presentation';

export interface HealthCardProps {
  status: ApiResource<StatusResponse>;
  /** The alerts answer, for "silent for N days"; null while it loads or when it failed. */
  alerts: AlertsResponse | null;
}

function HealthContent({
  status,
  alerts,
}: {
  status: StatusResponse;
  alerts: AlertsResponse | null;
}) {
  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <VerdictBadge verdict={status.verdict} />
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiText size="s">
            <p>{VERDICTS[status.verdict].summary}</p>
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <HealthAlarms
        status={status}
        silentDays={alerts?.silentDays ?? null}
        lastAlertAt={alerts?.lastAlertAt ?? null}
      />
      {status.deployed && status.lastExecution === null ? (
        <EuiText size="s" color="subdued" data-test-subj="neverRun">
          <p>
            The rule has not run yet
            {status.deployed.enabled ? '; its first run is due shortly.' : '.'}
          </p>
        </EuiText>
      ) : (
        <ExecutionFacts status={status} />
      )}
      {status.causes.length > 0 ? (
        <>
          <EuiSpacer size="m" />
          <CauseList causes={status.causes} />
        </>
      ) : null}
      {status.history.available && status.deployed ? (
        <>
          <EuiSpacer size="m" />
          <RunHistory items={status.history.items} />
        </>
      ) : null}
    </>
  );
}

export function HealthCard({ status, alerts }: HealthCardProps) {
  return (
    <SectionPanel title="Rule health" data-test-subj="healthSection">
      <ResourceView
        resource={status}
        what="the rule's health"
        privilegeHint='Reading rule health needs the "Read" privilege on Security rules (rules-read).'
        empty={(data) =>
          data.deployed === null ? (
            <>
              <EmptyState
                iconType="securitySignalDetected"
                title="Not deployed"
                body="Once the rule is deployed, this card shows whether it runs on schedule and what Kibana reported."
              />
              <CauseList causes={data.causes} />
            </>
          ) : null
        }
      >
        {(data) => <HealthContent status={data} alerts={alerts} />}
      </ResourceView>
    </SectionPanel>
  );
}
