// The rule's severity as Kibana Security shows it: a coloured dot and the word.
import { EuiHealth, useEuiTheme } from '@elastic/eui';
import type { RuleSummary } from '../../../common/api';

type Severity = RuleSummary['severity'];

const LABELS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
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
