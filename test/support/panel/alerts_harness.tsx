// The alerts section as the app wires it (its data hooks, range state and triage), for component tests.
import { useState } from 'react';
import type { AlertsRange } from '../../../common/api';
import { AlertsPanel, DEFAULT_RANGE } from '../../../public/components/alerts/alerts_panel';
import { useAlertTriage } from '../../../public/hooks/use_alert_triage';
import { useAlerts } from '../../../public/hooks/use_api_resource';

export function AlertsHarness({ ruleId, canWrite }: { ruleId: string | null; canWrite: boolean }) {
  const [range, setRange] = useState<AlertsRange>(DEFAULT_RANGE);
  const alerts = useAlerts(range);
  const triage = useAlertTriage(alerts.reload);
  return (
    <AlertsPanel
      alerts={alerts}
      triage={triage}
      range={range}
      onRangeChange={setRange}
      ruleId={ruleId}
      canWrite={canWrite}
    />
  );
}
