// Auto-refresh of the whole panel, off by default: EUI's refresh-interval control over Kibana's {pause, value}.
import { EuiAutoRefreshButton } from '@elastic/eui';
import type { RefreshInterval } from '../../services/refresh_interval';

export interface AutoRefreshControlProps {
  interval: RefreshInterval;
  onChange(interval: RefreshInterval): void;
}

export function AutoRefreshControl({ interval, onChange }: AutoRefreshControlProps) {
  return (
    <EuiAutoRefreshButton
      size="s"
      isPaused={interval.pause}
      refreshInterval={interval.value}
      onRefreshChange={({ isPaused, refreshInterval }) =>
        onChange({ pause: isPaused, value: refreshInterval })
      }
      data-test-subj="autoRefresh"
    />
  );
}
