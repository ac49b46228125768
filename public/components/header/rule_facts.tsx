// The rule's identity under its title: severity, risk score, MITRE ATT&CK and the deployed copy.
import { EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import type { ReactNode } from 'react';
import type { StatusResponse } from '../../../common/api';
import { DeployedCopyBadge } from './deployed_copy_badge';
import { MitreBadges } from './mitre_badges';
import { SeverityBadge } from './severity_badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <EuiFlexItem grow={false}>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiText size="xs" color="subdued">
            <strong>{label}</strong>
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>{children}</EuiFlexItem>
      </EuiFlexGroup>
    </EuiFlexItem>
  );
}

export function RuleFacts({ status }: { status: StatusResponse }) {
  const { rule, deployed } = status;
  return (
    <EuiFlexGroup gutterSize="l" alignItems="center" wrap data-test-subj="ruleFacts">
      <Fact label="Severity">
        <SeverityBadge severity={rule.severity} />
      </Fact>
      <Fact label="Risk score">
        <EuiText size="s" data-test-subj="riskScore">
          {rule.riskScore}
        </EuiText>
      </Fact>
      <Fact label="Deployed">
        <DeployedCopyBadge deployed={deployed} bundledVersion={rule.bundledVersion} />
      </Fact>
      <Fact label="MITRE ATT&CK">
        <MitreBadges threat={rule.threat} />
      </Fact>
    </EuiFlexGroup>
  );
}
