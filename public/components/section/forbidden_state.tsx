// A section the caller has no privilege to read (403): says so instead of showing an error.
import { EuiEmptyPrompt } from '@elastic/eui';
import type { ApiError } from '../../services/api_client';

export interface ForbiddenStateProps {
  what: string;
  error: ApiError;
  /** The privilege to ask for, in plain words. */
  privilegeHint: string;
}

export function ForbiddenState({ what, error, privilegeHint }: ForbiddenStateProps) {
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
