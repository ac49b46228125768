// The panel: header, then health and data readiness side by side, then alerts and the investigation guide; and
// AppRoot, the panel with everything around it (EUI's theme provider, the host's services) that both hosts mount.
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiPageTemplate, EuiProvider, EuiSpacer } from '@elastic/eui';
import type { AlertsRange } from '../../common/api';
import { useAlerts, useGuide, useReadiness, useStatus } from '../hooks/use_api_resource';
import { ServicesProvider } from '../services/services_context';
import type { AppServices } from '../services/services_context';
import { AlertsPanel } from './alerts/alerts_panel';
import { InvestigationGuide } from './guide/investigation_guide';
import { RuleHeader } from './header/rule_header';
import { HealthCard } from './health/health_card';
import { ReadinessPanel } from './readiness/readiness_panel';

/** The range shown first: long enough for a rarely firing rule to show something. */
export const DEFAULT_RANGE: AlertsRange = '7d';

export function SsmReconApp() {
  const status = useStatus();
  const readiness = useReadiness();
  const [range, setRange] = useState<AlertsRange>(DEFAULT_RANGE);
  const alerts = useAlerts(range);
  const guide = useGuide();

  const { reload: reloadStatus } = status;
  const { reload: reloadReadiness } = readiness;
  const { reload: reloadAlerts } = alerts;
  const { reload: reloadGuide } = guide;
  // After a deploy or a switch, what the rule is and which note it carries may have changed.
  const onChanged = useCallback(() => {
    reloadStatus();
    reloadAlerts();
    reloadGuide();
  }, [reloadStatus, reloadAlerts, reloadGuide]);
  const onRefresh = useCallback(() => {
    onChanged();
    reloadReadiness();
  }, [onChanged, reloadReadiness]);
  const isRefreshing = [status, readiness, alerts, guide].some((resource) => resource.isLoading);

  return (
    <EuiPageTemplate panelled={false} restrictWidth={false} grow data-test-subj="ssmReconApp">
      <RuleHeader
        status={status}
        onChanged={onChanged}
        onRefresh={onRefresh}
        isRefreshing={isRefreshing}
      />
      <EuiPageTemplate.Section>
        <EuiFlexGroup gutterSize="l" alignItems="flexStart" wrap>
          <EuiFlexItem style={{ minWidth: 360 }}>
            <HealthCard status={status} alerts={alerts.data} />
          </EuiFlexItem>
          <EuiFlexItem style={{ minWidth: 480 }} grow={2}>
            <ReadinessPanel readiness={readiness} />
          </EuiFlexItem>
        </EuiFlexGroup>
        <EuiSpacer size="l" />
        <AlertsPanel
          alerts={alerts}
          range={range}
          onRangeChange={setRange}
          ruleId={status.data?.deployed?.id ?? null}
          canWrite={status.data?.capabilities.canWrite !== false}
        />
        <EuiSpacer size="l" />
        <InvestigationGuide guide={guide} />
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}

export interface AppRootProps {
  services: AppServices;
  darkMode: boolean;
  /** False inside Kibana, which already sets EUI's global styles for the page. */
  globalStyles: boolean;
  /** Host chrome rendered inside the theme (the standalone shell's header and toast list). */
  chrome?: ReactNode;
}

export function AppRoot({ services, darkMode, globalStyles, chrome }: AppRootProps) {
  return (
    <EuiProvider
      colorMode={darkMode ? 'dark' : 'light'}
      // EUI takes `false` to skip them, or a renderer; leaving them unset keeps its defaults.
      {...(globalStyles ? {} : { globalStyles: false as const, utilityClasses: false as const })}
    >
      <ServicesProvider services={services}>
        {chrome}
        <SsmReconApp />
      </ServicesProvider>
    </EuiProvider>
  );
}
