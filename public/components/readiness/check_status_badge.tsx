// A readiness result as a badge: colour, icon and word.
import { EuiBadge } from '@elastic/eui';
import type { CheckStatus } from '../../../common/api';

const LOOKS: Record<
  CheckStatus,
  { label: string; color: 'success' | 'warning' | 'danger'; icon: string }
> = {
  pass: { label: 'Pass', color: 'success', icon: 'check' },
  warn: { label: 'Warn', color: 'warning', icon: 'warning' },
  fail: { label: 'Fail', color: 'danger', icon: 'cross' },
};

export function CheckStatusBadge({ status }: { status: CheckStatus }) {
  const look = LOOKS[status];
  return (
    <EuiBadge
      color={look.color}
      iconType={look.icon}
      data-test-subj="checkStatus"
      data-status={status}
    >
      {look.label}
    </EuiBadge>
  );
}
