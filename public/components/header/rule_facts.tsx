// The rule's identity under its title: severity (as Kibana Security shows it), risk score, MITRE ATT&CK (each
// linking out to attack.mitre.org) and which copy of the rule is deployed.
import type { ReactNode } from 'react';
import { EuiBadge, EuiFlexGroup, EuiFlexItem, EuiHealth, EuiText, useEuiTheme } from '@elastic/eui';
import type { DeployedRule, RuleSummary, StatusResponse } from '../../../common/api';

// The rule's severity as Kibana Security shows it: a coloured dot and the word.
type Severity = RuleSummary['severity'];

const LABELS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

function SeverityBadge({ severity }: { severity: Severity }) {
  const { euiTheme } = useEuiTheme();
  // Kibana Security's severity palette (Borealis).
  const colors: Record<Severity, string> = {
    low: euiTheme.colors.severity.neutral,
    medium: euiTheme.colors.severity.warning,
    high: euiTheme.colors.severity.risk,
    critical: euiTheme.colors.severity.danger,
  };
  return (
    <EuiHealth color={colors[severity]} data-test-subj="severityBadge">
      {LABELS[severity]}
    </EuiHealth>
  );
}

// Which copy of the rule runs in this space and how its version compares with the bundled definition.
interface DeployedCopyBadgeProps {
  deployed: DeployedRule | null;
  bundledVersion: number;
}

function describeCopy(deployed: DeployedRule | null, bundledVersion: number): string {
  if (deployed === null) return `Not deployed (bundled v${bundledVersion})`;
  const copy = deployed.copy === 'prebuilt' ? 'Elastic prebuilt' : 'Custom copy';
  if (deployed.upgradeAvailable)
    return `${copy} v${deployed.version}, bundled v${bundledVersion} available`;
  return `${copy} v${deployed.version}, up to date`;
}

function DeployedCopyBadge({ deployed, bundledVersion }: DeployedCopyBadgeProps) {
  const color = deployed === null ? 'default' : deployed.upgradeAvailable ? 'warning' : 'hollow';
  const icon = deployed === null ? 'minusCircle' : deployed.upgradeAvailable ? 'sortUp' : 'check';
  return (
    <EuiBadge color={color} iconType={icon} data-test-subj="deployedCopyBadge">
      {describeCopy(deployed, bundledVersion)}
    </EuiBadge>
  );
}

// MITRE ATT&CK tactic and techniques of the rule, each a real link to its page on attack.mitre.org that opens in a
// new tab, marked the way EUI marks such links: the external icon, and words saying so for screen readers.
const NEW_TAB = '(external, opens in a new tab or window)';

interface MitreLinkProps {
  href: string;
  label: string;
  color: 'hollow' | 'default';
  children: string;
}

function MitreLink({ href, label, color, children }: MitreLinkProps) {
  return (
    <EuiBadge
      color={color}
      href={href}
      target="_blank"
      iconType="external"
      iconSide="right"
      aria-label={`${label} ${NEW_TAB}`}
      data-test-subj="mitreLink"
    >
      {children}
    </EuiBadge>
  );
}

function MitreBadges({ threat }: { threat: RuleSummary['threat'] }) {
  return (
    <EuiFlexGroup gutterSize="xs" wrap responsive={false} data-test-subj="mitreBadges">
      {threat.flatMap((entry) => [
        <EuiFlexItem grow={false} key={entry.tactic.id}>
          <MitreLink
            color="hollow"
            href={entry.tactic.reference}
            label={`MITRE ATT&CK tactic ${entry.tactic.id} ${entry.tactic.name}`}
          >
            {`${entry.tactic.name} (${entry.tactic.id})`}
          </MitreLink>
        </EuiFlexItem>,
        ...entry.technique.map((technique) => (
          <EuiFlexItem grow={false} key={technique.id}>
            <MitreLink
              color="default"
              href={technique.reference}
              label={`MITRE ATT&CK technique ${technique.id} ${technique.name}`}
            >
              {`${technique.id} ${technique.name}`}
            </MitreLink>
          </EuiFlexItem>
        )),
      ])}
    </EuiFlexGroup>
  );
}

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
