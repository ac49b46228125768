// Each known cause behind the verdict: what is wrong, why, and what to do about it.
import { EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';
import type { Cause } from '../../../common/api';
import { BacktickText } from '../code_text';

const COLORS: Record<Cause['severity'], 'primary' | 'warning' | 'danger'> = {
  info: 'primary',
  warning: 'warning',
  danger: 'danger',
};

const ICONS: Record<Cause['severity'], string> = {
  info: 'info',
  warning: 'warning',
  danger: 'error',
};

export function CauseList({ causes }: { causes: Cause[] }) {
  return (
    <div data-test-subj="causeList">
      {causes.map((cause, index) => (
        <div key={`${cause.code}-${index}`}>
          {index > 0 ? <EuiSpacer size="s" /> : null}
          <EuiCallOut
            size="s"
            color={COLORS[cause.severity]}
            iconType={ICONS[cause.severity]}
            title={<BacktickText text={cause.title} />}
            data-test-subj="cause"
            data-cause={cause.code}
          >
            <EuiText size="s">
              <p>
                <BacktickText text={cause.detail} />
              </p>
              <p>
                <strong>How to fix: </strong>
                <BacktickText text={cause.fix} />
              </p>
            </EuiText>
          </EuiCallOut>
        </div>
      ))}
    </div>
  );
}
