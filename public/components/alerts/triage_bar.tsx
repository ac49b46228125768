// The triage actions over the newest alerts: how many are selected and the statuses to set; a caller who may only
// read sees Kibana's explanation here, and nothing changes.
import { EuiButton, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { TriageStatus } from '../../../common/api';
import type { ApiError } from '../../services/api_client';

export interface TriageBarProps {
  selectedCount: number;
  isBusy: boolean;
  error: ApiError | null;
  onSetStatus(status: TriageStatus): void;
}

const ACTIONS: Array<{ status: TriageStatus; label: string; iconType: string }> = [
  { status: 'acknowledged', label: 'Mark acknowledged', iconType: 'eye' },
  { status: 'closed', label: 'Close', iconType: 'check' },
  { status: 'open', label: 'Reopen', iconType: 'refresh' },
];

export function TriageBar({ selectedCount, isBusy, error, onSetStatus }: TriageBarProps) {
  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <EuiText size="s" color="subdued" data-test-subj="triageSelected">
            {selectedCount === 0
              ? 'Select alerts to set their status'
              : `${selectedCount} selected`}
          </EuiText>
        </EuiFlexItem>
        {ACTIONS.map((action) => (
          <EuiFlexItem grow={false} key={action.status}>
            <EuiButton
              size="s"
              iconType={action.iconType}
              isDisabled={selectedCount === 0 || isBusy}
              isLoading={isBusy}
              onClick={() => onSetStatus(action.status)}
              data-test-subj={`triage-${action.status}`}
            >
              {action.label}
            </EuiButton>
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
      {error ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut
            title={
              error.kind === 'forbidden'
                ? 'Read-only: your role may not change the status of alerts'
                : 'The status could not be set'
            }
            color={error.kind === 'forbidden' ? 'warning' : 'danger'}
            iconType={error.kind === 'forbidden' ? 'lock' : 'error'}
            size="s"
            data-test-subj="triageError"
          >
            <p>{error.message}</p>
          </EuiCallOut>
        </>
      ) : null}
    </>
  );
}
