// The investigation guide's steps as actions on one alert: in Kibana each opens Discover with the pivot's query and
// time range; where there is no Discover each opens the flyout that runs it as a search.
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiText, EuiToolTip } from '@elastic/eui';
import type { AlertContextResponse, Pivot } from '../../../common/api';
import type { PivotLinks } from '../../services/discover_pivots';

export interface PivotActionsProps {
  context: AlertContextResponse;
  /** Discover links where the host has Discover; else `onOpen` runs the pivot here. */
  links?: PivotLinks;
  onOpen(pivot: Pivot): void;
}

export function PivotActions({ context, links, onOpen }: PivotActionsProps) {
  return (
    <EuiFlexGroup gutterSize="s" wrap responsive={false} data-test-subj="pivotActions">
      <EuiFlexItem grow={false}>
        <EuiText size="xs" color="subdued">
          <p>Investigate:</p>
        </EuiText>
      </EuiFlexItem>
      {context.pivots.map((pivot) => (
        <EuiFlexItem grow={false} key={pivot.id}>
          <EuiToolTip content={pivot.description}>
            {links ? (
              <EuiButtonEmpty
                size="xs"
                iconType="discoverApp"
                href={links.href(pivot)}
                data-test-subj={`pivot-${pivot.id}`}
              >
                {pivot.title}
              </EuiButtonEmpty>
            ) : (
              <EuiButtonEmpty
                size="xs"
                iconType="search"
                onClick={() => onOpen(pivot)}
                data-test-subj={`pivot-${pivot.id}`}
              >
                {pivot.title}
              </EuiButtonEmpty>
            )}
          </EuiToolTip>
        </EuiFlexItem>
      ))}
      {context.unavailablePivots.map((pivot) => (
        <EuiFlexItem grow={false} key={pivot.id}>
          <EuiToolTip content={pivot.reason}>
            <EuiButtonEmpty size="xs" isDisabled>
              {pivot.title}
            </EuiButtonEmpty>
          </EuiToolTip>
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
}
