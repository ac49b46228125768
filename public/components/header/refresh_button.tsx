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
      onClick={onRefresh}
      data-test-subj="refreshButton"
    >
      Refresh
    </EuiButtonEmpty>
  );
}
