// The panel: header, then health (its facts and recent runs side by side), data readiness, alerts and the
// investigation guide, each at full width; and AppRoot, the panel with everything around it (EUI's theme provider,
// the host's services) that both hosts mount.
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { EuiPageTemplate, EuiProvider, EuiSpacer } from '@elastic/eui';
import type { AlertsRange } from '../../common/api';
import { useAlerts, useGuide, useReadiness, useStatus } from '../hooks/use_api_resource';
import { useAlertTriage } from '../hooks/use_alert_triage';
import { useAutoRefresh } from '../hooks/use_auto_refresh';
import { useBacktest, useExceptionChanges, useExceptions } from '../hooks/use_backtest';
import { ServicesProvider } from '../services/services_context';
import type { AppServices } from '../services/services_context';
import { AlertsPanel, DEFAULT_RANGE } from './alerts/alerts_panel';
import { AutoRefreshControl } from './alerts/auto_refresh_control';
import { WhatWouldFire } from './backtest/what_would_fire';
import { InvestigationGuide } from './guide/investigation_guide';
import { RuleHeader } from './header/rule_header';
import { HealthCard } from './health/health_card';
import { ReadinessPanel } from './readiness/readiness_panel';

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
  const triage = useAlertTriage(reloadAlerts);
  const autoRefresh = useAutoRefresh(onRefresh);
  const backtest = useBacktest();
  const exceptions = useExceptions();
  const { reload: reloadExceptions } = exceptions;
  const { rerun: rerunBacktest } = backtest;
  // After an exception changed, the list and the backtest's figures must show it.
  const onExceptionsChanged = useCallback(() => {
    reloadExceptions();
    rerunBacktest();
  }, [reloadExceptions, rerunBacktest]);
  const exceptionChanges = useExceptionChanges(onExceptionsChanged);
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
        <HealthCard status={status} alerts={alerts.data} />
        <EuiSpacer size="l" />
        <ReadinessPanel readiness={readiness} />
        <EuiSpacer size="l" />
        <AlertsPanel
          alerts={alerts}
          range={range}
          onRangeChange={setRange}
          ruleId={status.data?.deployed?.id ?? null}
          canWrite={status.data?.capabilities.canWrite !== false}
          triage={triage}
          extraActions={
            <AutoRefreshControl
              interval={autoRefresh.interval}
              onChange={autoRefresh.setInterval}
            />
          }
        />
        <EuiSpacer size="l" />
        <WhatWouldFire
          backtest={backtest}
          exceptions={exceptions}
          changes={exceptionChanges}
          canWrite={status.data?.capabilities.canWrite !== false}
          readOnlyReason={status.data?.capabilities.reason ?? null}
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
