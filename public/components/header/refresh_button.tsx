// Reloads every section at once, as Kibana's own Refresh does: the rule's runs and alerts change while the page is
// open.
import { EuiButtonEmpty } from '@elastic/eui';

export interface RefreshButtonProps {
  isRefreshing: boolean;
  onRefresh(): void;
}

export function RefreshButton({ isRefreshing, onRefresh }: RefreshButtonProps) {
  return (
    <EuiButtonEmpty
      size="s"
      iconType="refresh"
      isLoading={isRefreshing}
      // Busy, not disabled: keyboard focus stays on the button while the sections reload.
      hasAriaDisabled
      onClick={() => {
        if (!isRefreshing) onRefresh();
      }}
      data-test-subj="refreshButton"
    >
      Refresh
    </EuiButtonEmpty>
  );
}
