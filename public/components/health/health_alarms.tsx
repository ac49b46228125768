// The two conditions Kibana itself never flags, made to stand out: a stale schedule and a silent rule.
import { EuiCallOut, EuiSpacer } from '@elastic/eui';
import type { StatusResponse } from '../../../common/api';
import { formatDateTime, formatRelative } from '../../format/date_time';
import { plural } from '../../../common/format';

/** A rare-user rule fires seldom by design; a week without any alert is worth a look, a day is not. */
export const SILENT_DAYS_NOTICE = 7;

export interface HealthAlarmsProps {
  status: StatusResponse;
  silentDays: number | null;
  lastAlertAt: string | null;
}

export function HealthAlarms({ status, silentDays, lastAlertAt }: HealthAlarmsProps) {
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
              ? `Last run ${formatRelative(staleSince)} (${formatDateTime(staleSince)}), but it should run every ${status.deployed?.interval ?? 'few minutes'}.`
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
            {lastAlertAt ? `No alert since ${formatDateTime(lastAlertAt)}. ` : ''}
            Check the data readiness below: a rule that stops seeing matching events stays quiet
            without any warning.
          </p>
        </EuiCallOut>
      ) : null}
      <EuiSpacer size="m" />
    </>
  );
}
