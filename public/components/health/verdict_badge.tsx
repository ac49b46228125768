// The health verdict as a badge: colour, icon and word.
import { EuiBadge } from '@elastic/eui';
import type { Verdict } from '../../../common/api';
import { VERDICTS } from './verdict_presentation';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
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
