// Tells a read-only caller why deploy, upgrade and the enable switch are off.
import { EuiCallOut } from '@elastic/eui';
import { BacktickText } from '../common/backtick_text';

export function ReadOnlyCallout({ reason }: { reason: string | null }) {
  return (
    <EuiCallOut
      size="s"
      color="primary"
      iconType="lock"
      title="Read-only: you can view this rule but not change it"
      data-test-subj="readOnlyCallout"
    >
      <p>
        <BacktickText
          text={reason ?? 'Your role does not allow deploying or changing detection rules.'}
        />
      </p>
    </EuiCallOut>
  );
}
