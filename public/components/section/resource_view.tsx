// Picks a section's state from its resource: loading, no privilege, error with retry, empty, or the content.
import type { ReactNode } from 'react';
import { EuiSpacer } from '@elastic/eui';
import type { ApiResource } from '../../hooks/use_api_resource';
import { ErrorState } from './error_state';
import { ForbiddenState } from './forbidden_state';
import { LoadingState } from './loading_state';

export interface ResourceViewProps<T> {
  resource: ApiResource<T>;
  /** What the section shows, for messages ("alerts", "the rule's health"). */
  what: string;
  privilegeHint: string;
  /** Rendered instead of the content when it has nothing to show. */
  empty?(data: T): ReactNode | null;
  children(data: T): ReactNode;
}

export function ResourceView<T>({
  resource,
  what,
  privilegeHint,
  empty,
  children,
}: ResourceViewProps<T>) {
  const { data, error, isLoading, reload } = resource;
  if (error?.kind === 'forbidden')
    return <ForbiddenState what={what} error={error} privilegeHint={privilegeHint} />;
  if (data === null) {
    if (error)
      return <ErrorState what={what} error={error} onRetry={reload} isRetrying={isLoading} />;
    return <LoadingState what={what} />;
  }
  const emptyContent = empty ? empty(data) : null;
  return (
    <>
      {error ? (
        // A reload failed: keep the last answer on screen, with the error and a retry above it.
        <>
          <ErrorState what={what} error={error} onRetry={reload} isRetrying={isLoading} />
          <EuiSpacer size="m" />
        </>
      ) : null}
      {emptyContent ?? children(data)}
    </>
  );
}
