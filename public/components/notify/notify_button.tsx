// The header's Notify control (an item of its controls row), for callers who may change the rule once it is
// deployed: opens the flyout, whose data loads only then.
import { useState } from 'react';
import { EuiButton, EuiFlexItem } from '@elastic/eui';
import type { StatusResponse } from '../../../common/api';
import { useNotifications } from '../../hooks/use_notifications';
import { NotifyFlyout } from './notify_flyout';

function NotifyFlyoutWithData({ onClose }: { onClose(): void }) {
  const { resource, isSaving, save } = useNotifications();
  return (
    <NotifyFlyout
      answer={resource.data}
      error={resource.data ? null : resource.error}
      isSaving={isSaving}
      onSave={(request, name) => void save(request, name)}
      onClose={onClose}
    />
  );
}

export function NotifyButton({ status }: { status: StatusResponse }) {
  const [open, setOpen] = useState(false);
  if (!status.capabilities.canWrite || status.deployed === null) return null;
  return (
    <EuiFlexItem grow={false}>
      <EuiButton
        size="s"
        iconType="bell"
        onClick={() => setOpen(true)}
        data-test-subj="notifyButton"
      >
        Notify
      </EuiButton>
      {open ? <NotifyFlyoutWithData onClose={() => setOpen(false)} /> : null}
    </EuiFlexItem>
  );
}
