// A section of the panel: its titled frame, and the states it goes through while its route answers (loading, no
// privilege, error with retry, empty, or the content), picked by ResourceView from the section's resource.
import { useId } from 'react';
import type { ReactNode } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiEmptyPrompt,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiSkeletonText,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { ApiResource } from '../hooks/use_api_resource';
import type { ApiError } from '../services/api_client';

export interface SectionPanelProps {
  title: string;
  description?: ReactNode;
  /** Controls shown at the right of the title (e.g. a range picker). */
  actions?: ReactNode;
  'data-test-subj'?: string;
  children: ReactNode;
}

/** A titled, bordered region of the panel; the title labels the region for screen readers. */
export function SectionPanel({
  title,
  description,
  actions,
  children,
  ...rest
}: SectionPanelProps) {
  const titleId = useId();
  return (
    <EuiPanel
      hasBorder
      paddingSize="l"
      role="region"
      aria-labelledby={titleId}
      data-test-subj={rest['data-test-subj']}
    >
      <EuiFlexGroup
        alignItems="center"
        justifyContent="spaceBetween"
        gutterSize="m"
        wrap
        responsive={false}
      >
        <EuiFlexItem grow={false}>
          <EuiTitle size="s">
            <h2 id={titleId}>{title}</h2>
          </EuiTitle>
        </EuiFlexItem>
        {actions ? <EuiFlexItem grow={false}>{actions}</EuiFlexItem> : null}
      </EuiFlexGroup>
      {description ? (
        <EuiText size="s" color="subdued">
          <p>{description}</p>
        </EuiText>
      ) : null}
      <EuiSpacer size="m" />
      {children}
    </EuiPanel>
  );
}

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

/** Still waiting for the first answer: skeleton lines announced as busy. */
function LoadingState({ what }: { what: string }) {
  return (
    <EuiSkeletonText lines={3} isLoading contentAriaLabel={what} data-test-subj="sectionLoading">
      <span />
    </EuiSkeletonText>
  );
}

interface ForbiddenStateProps {
  what: string;
  error: ApiError;
  /** The privilege to ask for, in plain words. */
  privilegeHint: string;
}

/** The caller has no privilege to read the section (403): says so instead of showing an error. */
function ForbiddenState({ what, error, privilegeHint }: ForbiddenStateProps) {
  return (
    <EuiEmptyPrompt
      iconType="lock"
      color="subdued"
      titleSize="xs"
      title={<h3>{`You don't have privileges to see ${what}`}</h3>}
      body={
        <>
          <p>{privilegeHint}</p>
          <p>{error.message}</p>
        </>
      }
      data-test-subj="sectionForbidden"
    />
  );
}

interface ErrorStateProps {
  what: string;
  error: ApiError;
  onRetry(): void;
  isRetrying?: boolean;
}

/** The request failed: what went wrong and a retry. */
function ErrorState({ what, error, onRetry, isRetrying = false }: ErrorStateProps) {
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

export interface EmptyStateProps {
  title: string;
  body: ReactNode;
  iconType?: string;
  actions?: ReactNode;
}

/** Loaded fine but nothing to show yet, with what would change that. */
export function EmptyState({ title, body, iconType = 'visBarVertical', actions }: EmptyStateProps) {
  return (
    <EuiEmptyPrompt
      iconType={iconType}
      color="subdued"
      titleSize="xs"
      title={<h3>{title}</h3>}
      body={typeof body === 'string' ? <p>{body}</p> : body}
      actions={actions}
      data-test-subj="sectionEmpty"
    />
  );
}
