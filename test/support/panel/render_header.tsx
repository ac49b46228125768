// Renders the panel's header over fake http the way the app does: its status loaded by useStatus, reloading after
// a change.
import { useStatus } from '../../../public/hooks/use_api_resource';
import { RuleHeader } from '../../../public/components/header/rule_header';
import type { RouteName } from '../../../common/api';
import type { RouteReply } from './fake_http';
import { renderPanel } from './render_panel';

function Harness() {
  const status = useStatus();
  return (
    <RuleHeader
      status={status}
      onChanged={status.reload}
      onRefresh={status.reload}
      isRefreshing={status.isLoading}
    />
  );
}

export function renderHeader(
  replies: { status: RouteReply } & Partial<Record<RouteName, RouteReply>>,
) {
  return renderPanel(<Harness />, replies);
}
