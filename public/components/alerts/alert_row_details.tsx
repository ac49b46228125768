// What an expanded alert row shows: the alert's context and the guide's pivots (loaded when the row opens), then
// every investigation field; a pivot run here opens in a flyout.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { EuiHorizontalRule, EuiSpacer } from '@elastic/eui';
import type { AlertSummary, Pivot } from '../../../common/api';
import { useAlertContext } from '../../hooks/use_alert_details';
import { useServices } from '../../services/services_context';
import { ResourceView } from '../section';
import { AlertContextView } from './alert_context_view';
import { PivotActions } from './pivot_actions';
import { PivotFlyout } from './pivot_flyout';

export interface AlertRowDetailsProps {
  alert: AlertSummary;
  /** The investigation fields, as the table renders them. */
  fields: ReactNode;
}

export function AlertRowDetails({ alert, fields }: AlertRowDetailsProps) {
  const context = useAlertContext(alert.id);
  const { pivots } = useServices();
  const [open, setOpen] = useState<Pivot | null>(null);
  return (
    <div style={{ width: '100%' }} data-test-subj="alertRowDetails">
      <ResourceView
        resource={context}
        what="the alert’s context"
        privilegeHint="Reading an alert needs read on the Security alerts index (.alerts-security.alerts-<space>)."
      >
        {(data) => (
          <>
            <AlertContextView context={data} />
            <EuiSpacer size="s" />
            <PivotActions context={data} links={pivots} onOpen={setOpen} />
          </>
        )}
      </ResourceView>
      <EuiHorizontalRule margin="s" />
      {fields}
      {open ? <PivotFlyout alertId={alert.id} pivot={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
