// The form of one notification: which connector, how often, what message. Connectors the panel cannot write an
// action for are listed, disabled, with the reason; a connector that already notifies starts from its settings.
import { useId, useState } from 'react';
import {
  EuiButton,
  EuiForm,
  EuiFormRow,
  EuiRadioGroup,
  EuiSelect,
  EuiTextArea,
} from '@elastic/eui';
import type {
  ConnectorChoice,
  NotificationsResponse,
  NotifyFrequency,
  NotifyRequest,
} from '../../../common/api';

export const FREQUENCY_LABELS: Record<NotifyFrequency, string> = {
  summary: 'One summary per rule run',
  per_alert: 'One message per alert',
};

interface Draft {
  connectorId: string;
  frequency: NotifyFrequency;
  message: string;
}

/** Where the form starts for a connector: its current action when it has one, else the defaults. */
export function draftFor(answer: NotificationsResponse, connectorId: string): Draft {
  const current = answer.notifications.find((n) => n.connectorId === connectorId);
  return {
    connectorId,
    frequency: current && current.frequency !== 'other' ? current.frequency : 'summary',
    message: current?.message ?? answer.defaultMessage,
  };
}

export interface NotifyFormProps {
  answer: NotificationsResponse;
  connectors: readonly ConnectorChoice[];
  /** The connector to start with (an Edit from the list). */
  initialConnectorId: string;
  isSaving: boolean;
  onSave(request: NotifyRequest, connectorName: string): void;
}

export function NotifyForm({
  answer,
  connectors,
  initialConnectorId,
  isSaving,
  onSave,
}: NotifyFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftFor(answer, initialConnectorId));
  const frequencyId = useId();
  const connector = connectors.find((c) => c.id === draft.connectorId);
  const exists = answer.notifications.some((n) => n.connectorId === draft.connectorId);
  const usable = connector?.usable === true;
  const canSave = usable && draft.message.trim().length > 0 && !isSaving;

  return (
    <EuiForm
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!canSave || !connector) return;
        onSave(
          {
            connectorId: draft.connectorId,
            notify: { frequency: draft.frequency, message: draft.message },
          },
          connector.name,
        );
      }}
      data-test-subj="notifyForm"
    >
      <EuiFormRow
        label="Connector"
        helpText={connector && !connector.usable ? connector.reason : undefined}
      >
        <EuiSelect
          options={connectors.map((c) => ({
            value: c.id,
            text: `${c.name} (${c.type})`,
            disabled: !c.usable,
          }))}
          value={draft.connectorId}
          onChange={(event) => setDraft(draftFor(answer, event.target.value))}
          data-test-subj="notifyConnector"
        />
      </EuiFormRow>
      <EuiFormRow label="How often" id={frequencyId}>
        <EuiRadioGroup
          name="notifyFrequency"
          options={(Object.keys(FREQUENCY_LABELS) as NotifyFrequency[]).map((id) => ({
            id,
            label: FREQUENCY_LABELS[id],
          }))}
          idSelected={draft.frequency}
          onChange={(id) => setDraft({ ...draft, frequency: id as NotifyFrequency })}
          aria-labelledby={frequencyId}
        />
      </EuiFormRow>
      <EuiFormRow
        label="Message"
        helpText="Kibana fills in the {{…}} variables when it sends the message; the link opens the alerts in Security."
        isInvalid={draft.message.trim().length === 0}
        error="A message is required."
      >
        <EuiTextArea
          value={draft.message}
          rows={7}
          onChange={(event) => setDraft({ ...draft, message: event.target.value })}
          data-test-subj="notifyMessage"
        />
      </EuiFormRow>
      <EuiButton
        type="submit"
        fill
        isDisabled={!canSave}
        isLoading={isSaving}
        data-test-subj="notifySave"
      >
        {exists ? 'Save changes' : 'Add notification'}
      </EuiButton>
    </EuiForm>
  );
}
