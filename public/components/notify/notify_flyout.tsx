// The Notify flyout: who the rule tells when it fires (each action, with Edit and Remove) and the form to add or
// change one. Presentational: the answer, the loading state and the save call come from NotifyButton.
import { useId, useState } from 'react';
import {
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiHorizontalRule,
  EuiLoadingSpinner,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { NotificationsResponse, NotifyRequest, RuleNotification } from '../../../common/api';
import type { ApiError } from '../../services/api_client';
import { FREQUENCY_LABELS, NotifyForm } from './notify_form';

export interface NotifyFlyoutProps {
  answer: NotificationsResponse | null;
  error: ApiError | null;
  isSaving: boolean;
  onSave(request: NotifyRequest, connectorName: string): void;
  onClose(): void;
}

function frequencyText(notification: RuleNotification): string {
  return notification.frequency === 'other'
    ? 'A frequency set in Kibana’s rule editor'
    : FREQUENCY_LABELS[notification.frequency];
}

function NotificationList({
  answer,
  isSaving,
  onEdit,
  onSave,
}: {
  answer: NotificationsResponse;
  isSaving: boolean;
  onEdit(connectorId: string): void;
  onSave: NotifyFlyoutProps['onSave'];
}) {
  if (answer.notifications.length === 0) {
    return (
      <EuiText size="s" color="subdued" data-test-subj="notifyNone">
        <p>Nobody is notified when the rule fires.</p>
      </EuiText>
    );
  }
  return (
    <ul data-test-subj="notifyList">
      {answer.notifications.map((notification) => {
        const name = notification.connectorName ?? notification.connectorId;
        const editable = answer.connectors?.some(
          (c) => c.id === notification.connectorId && c.usable,
        );
        return (
          <li key={notification.connectorId} data-test-subj="notifyEntry">
            <EuiText size="s">
              <strong>{name}</strong> ({notification.connectorType}): {frequencyText(notification)}
            </EuiText>
            {editable ? (
              <EuiButtonEmpty size="xs" onClick={() => onEdit(notification.connectorId)}>
                Edit <span className="euiScreenReaderOnly">{name}</span>
              </EuiButtonEmpty>
            ) : null}
            <EuiButtonEmpty
              size="xs"
              color="danger"
              isDisabled={isSaving || answer.connectors === null}
              onClick={() => onSave({ connectorId: notification.connectorId, notify: null }, name)}
              data-test-subj="notifyRemove"
            >
              Remove <span className="euiScreenReaderOnly">{name}</span>
            </EuiButtonEmpty>
          </li>
        );
      })}
    </ul>
  );
}

export function NotifyFlyout({ answer, error, isSaving, onSave, onClose }: NotifyFlyoutProps) {
  const titleId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const usable = answer?.connectors?.filter((c) => c.usable) ?? [];
  const start = editing ?? usable[0]?.id ?? null;

  return (
    <EuiFlyout onClose={onClose} size="m" aria-labelledby={titleId} data-test-subj="notifyFlyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={titleId}>Notify when the rule fires</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {error ? (
          <EuiCallOut color="danger" iconType="error" title="Could not load the notifications">
            <p>{error.message}</p>
          </EuiCallOut>
        ) : answer === null ? (
          <EuiLoadingSpinner size="l" aria-label="Loading notifications" />
        ) : (
          <>
            <NotificationList
              answer={answer}
              isSaving={isSaving}
              onEdit={setEditing}
              onSave={onSave}
            />
            <EuiHorizontalRule margin="m" />
            {answer.connectorsUnavailable ? (
              <EuiCallOut color="warning" iconType="lock" title="Connectors cannot be listed">
                <p>{answer.connectorsUnavailable}</p>
              </EuiCallOut>
            ) : start === null || !answer.connectors ? (
              <EuiCallOut color="primary" iconType="iInCircle" title="No connector to notify">
                <p>
                  Create a Slack, Microsoft Teams, webhook or server log connector in Stack
                  Management → Connectors, then come back here.
                </p>
              </EuiCallOut>
            ) : (
              <NotifyForm
                key={`${start}:${answer.notifications.length}`}
                answer={answer}
                connectors={answer.connectors}
                initialConnectorId={start}
                isSaving={isSaving}
                onSave={onSave}
              />
            )}
          </>
        )}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
