// Exception suggestions, each with its entries, the alerts it would remove and why; admins add one through a
// confirm modal that shows the exact entries sent to Kibana, readers see why they cannot.
import { useState } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiCode,
  EuiConfirmModal,
  EuiDescriptionList,
  EuiSpacer,
  EuiText,
} from '@elastic/eui';
import type { ExceptionSuggestion } from '../../../common/api';
import { exceptionEntryText, plural } from '../../../common/format';

export interface SuggestionListProps {
  suggestions: ExceptionSuggestion[];
  canWrite: boolean;
  readOnlyReason: string | null;
  isSaving: boolean;
  onAdd(suggestion: ExceptionSuggestion): Promise<boolean>;
}

export function SuggestionList({
  suggestions,
  canWrite,
  readOnlyReason,
  isSaving,
  onAdd,
}: SuggestionListProps) {
  const [confirming, setConfirming] = useState<ExceptionSuggestion | null>(null);
  if (suggestions.length === 0) {
    return (
      <EuiText size="s" color="subdued" data-test-subj="backtestNoSuggestions">
        <p>No caller looks routine: nothing to suggest.</p>
      </EuiText>
    );
  }
  return (
    <div data-test-subj="backtestSuggestions">
      {!canWrite ? (
        <>
          <EuiCallOut
            size="s"
            iconType="lock"
            title="Read-only: you cannot add exceptions to this rule"
            data-test-subj="backtestReadOnly"
          >
            <p>{readOnlyReason ?? 'Adding exceptions needs the Security Rules "All" privilege.'}</p>
          </EuiCallOut>
          <EuiSpacer size="s" />
        </>
      ) : null}
      <EuiDescriptionList
        listItems={suggestions.map((suggestion) => ({
          title: suggestion.entries.map(exceptionEntryText).join(' and '),
          description: (
            <>
              <p>
                Removes {plural(suggestion.alerts_removed, 'alert')}. {suggestion.reason}
              </p>
              {canWrite ? (
                <EuiButton
                  size="s"
                  iconType="plusInCircle"
                  onClick={() => setConfirming(suggestion)}
                  data-test-subj="backtestAddException"
                >
                  Add exception
                </EuiButton>
              ) : null}
            </>
          ),
        }))}
      />
      {confirming ? (
        <EuiConfirmModal
          title="Add this exception to the rule?"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            void onAdd(confirming).then((added) => {
              if (added) setConfirming(null);
            });
          }}
          cancelButtonText="Cancel"
          confirmButtonText="Add exception"
          isLoading={isSaving}
          data-test-subj="backtestConfirmException"
        >
          <p>
            Kibana will stop alerting on events that match all of these entries, in every run and in
            the history the rule compares with:
          </p>
          <ul>
            {confirming.entries.map((entry) => (
              <li key={`${entry.field}:${exceptionEntryText(entry)}`}>
                <EuiCode>{exceptionEntryText(entry)}</EuiCode>
              </li>
            ))}
          </ul>
          <EuiCode language="json" data-test-subj="backtestExceptionEntries">
            {JSON.stringify(confirming.entries)}
          </EuiCode>
        </EuiConfirmModal>
      ) : null}
    </div>
  );
}
