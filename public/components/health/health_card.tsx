// Section "Rule health": the verdict, the alarms Kibana itself never raises, the last run, each cause with its fix,
// and beside them (below them on a narrow screen) the recent runs, in a column wide enough for their times.
import { EuiBadge, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { AlertsResponse, StatusResponse, Verdict } from '../../../common/api';
import { plural } from '../../../common/format';
import { formatRelative } from '../../format/date_time';
import { useDates } from '../../hooks/use_dates';
import type { ApiResource } from '../../hooks/use_api_resource';
import { EmptyState, ResourceView, SectionPanel } from '../section';
import { CauseList } from './cause_list';
import { ExecutionFacts, RunHistory, ScheduleFacts } from './run_facts';

// How each health verdict looks and reads: colour, icon and word together, never colour alone.
interface VerdictPresentation {
  label: string;
  color: 'success' | 'warning' | 'danger' | 'default' | 'hollow';
  iconType: string;
  summary: string;
}

const VERDICTS: Record<Verdict, VerdictPresentation> = {
  healthy: {
    label: 'Healthy',
    color: 'success',
    iconType: 'checkCircleFill',
    summary: 'The rule runs on schedule and its last run succeeded.',
  },
  pending: {
    label: 'Pending first run',
    color: 'default',
    iconType: 'clock',
    summary: 'The rule is enabled but has not run yet, so its health cannot be judged yet.',
  },
  warning: {
    label: 'Warning',
    color: 'warning',
    iconType: 'warning',
    summary: 'The rule runs, but Kibana reported a problem on its last run.',
  },
  failing: {
    label: 'Failing',
    color: 'danger',
    iconType: 'error',
    summary: "The rule's last run failed.",
  },
  stale: {
    label: 'Stale',
    color: 'danger',
    iconType: 'clock',
    summary: 'The rule has stopped running on schedule.',
  },
  disabled: {
    label: 'Disabled',
    color: 'default',
    iconType: 'minusCircle',
    summary: 'The rule is deployed but does not run.',
  },
  not_deployed: {
    label: 'Not deployed',
    color: 'hollow',
    iconType: 'question',
    summary: 'The rule is not deployed in this space.',
  },
};

// The health verdict as a badge: colour, icon and word.
function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const look = VERDICTS[verdict];
  return (
    <EuiBadge
      color={look.color}
      iconType={look.iconType}
      data-test-subj="verdictBadge"
      data-verdict={verdict}
    >
      {look.label}
    </EuiBadge>
  );
}

// The two conditions Kibana itself never flags, made to stand out: a stale schedule and a silent rule.

/** A rare-user rule fires seldom by design; a week without any alert is worth a look, a day is not. */
const SILENT_DAYS_NOTICE = 7;

interface HealthAlarmsProps {
  status: StatusResponse;
  silentDays: number | null;
  lastAlertAt: string | null;
}

function HealthAlarms({ status, silentDays, lastAlertAt }: HealthAlarmsProps) {
  const dates = useDates();
  const staleSince = status.lastExecution?.date ?? null;
  const showStale = status.stale;
  const enabled = status.deployed?.enabled ?? false;
  const showSilent = enabled && silentDays !== null && silentDays >= SILENT_DAYS_NOTICE;
  if (!showStale && !showSilent) return null;
  return (
    <>
      {showStale ? (
        <EuiCallOut
          color="danger"
          iconType="clock"
          title="Stale: the rule is not running on schedule"
          data-test-subj="staleAlarm"
        >
          <p>
            {staleSince
              ? `Last run ${formatRelative(staleSince)} (${dates.dateTime(staleSince)}), but it should run every ${status.deployed?.interval ?? 'few minutes'}.`
              : 'No run has been recorded.'}
          </p>
        </EuiCallOut>
      ) : null}
      {showStale && showSilent ? <EuiSpacer size="s" /> : null}
      {showSilent && silentDays !== null ? (
        <EuiCallOut
          color="warning"
          iconType="bellSlash"
          title={`Silent for ${plural(silentDays, 'day', 'days')}`}
          data-test-subj="silentAlarm"
        >
          <p>
            {lastAlertAt ? `No alert since ${dates.dateTime(lastAlertAt)}. ` : ''}
            Check the data readiness below: a rule that stops seeing matching events stays quiet
            without any warning.
          </p>
        </EuiCallOut>
      ) : null}
      <EuiSpacer size="m" />
    </>
  );
}

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
  const facts =
    status.deployed && status.lastExecution === null ? (
      <>
        <EuiText size="s" color="subdued" data-test-subj="neverRun">
          <p>
            The rule has not run yet
            {status.deployed.enabled ? '; its first run is due shortly.' : '.'}
          </p>
        </EuiText>
        <EuiSpacer size="s" />
        <ScheduleFacts deployed={status.deployed} />
      </>
    ) : (
      <ExecutionFacts status={status} />
    );
  // No runs yet: the not-run line says so, an empty table beside it would not add anything.
  const showRuns =
    status.history.available && status.deployed !== null && status.history.items.length > 0;
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
      {showRuns ? (
        // The last run's facts on the left, recent runs on the right; on a narrow screen the runs wrap under the
        // facts at full width. Either way each run's time has the room to stay on one line.
        <EuiFlexGroup gutterSize="xl" alignItems="flexStart" wrap data-test-subj="healthColumns">
          <EuiFlexItem style={{ minWidth: 320 }} grow={2}>
            {facts}
          </EuiFlexItem>
          <EuiFlexItem style={{ minWidth: 440 }} grow={3}>
            <RunHistory items={status.history.items} />
          </EuiFlexItem>
        </EuiFlexGroup>
      ) : (
        facts
      )}
      {status.causes.length > 0 ? (
        <>
          <EuiSpacer size="m" />
          <CauseList causes={status.causes} />
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
