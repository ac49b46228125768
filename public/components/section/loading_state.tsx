// A section still waiting for its first answer: skeleton lines announced as busy.
import { EuiSkeletonText } from '@elastic/eui';

export function LoadingState({ what }: { what: string }) {
  return (
    <EuiSkeletonText lines={3} isLoading contentAriaLabel={what} data-test-subj="sectionLoading">
      <span />
    </EuiSkeletonText>
  );
}
