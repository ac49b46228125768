// A section whose request failed: what went wrong and a retry.
import { EuiButton, EuiCallOut, EuiText } from '@elastic/eui';
import type { ApiError } from '../../services/api_client';

export interface ErrorStateProps {
  what: string;
  error: ApiError;
  onRetry(): void;
  isRetrying?: boolean;
}

export function ErrorState({ what, error, onRetry, isRetrying = false }: ErrorStateProps) {
  // A contract break arrives with 200; the status would only confuse.
  const status =
    error.statusCode > 0 && error.kind !== 'invalid_response' ? ` (HTTP ${error.statusCode})` : '';
  return (
    <EuiCallOut
      title={`Could not load ${what}${status}`}
      color="danger"
      iconType="error"
      role="alert"
      data-test-subj="sectionError"
    >
      <EuiText size="s">
        <p>{error.message}</p>
      </EuiText>
      <EuiButton
        size="s"
        color="danger"
        iconType="refresh"
        onClick={onRetry}
        isLoading={isRetrying}
      >
        Retry
      </EuiButton>
    </EuiCallOut>
  );
}
