// Which copy of the rule runs in this space and how its version compares with the bundled definition.
import { EuiBadge } from '@elastic/eui';
import type { DeployedRule } from '../../../common/api';

export interface DeployedCopyBadgeProps {
  deployed: DeployedRule | null;
  bundledVersion: number;
}

export function describeCopy(deployed: DeployedRule | null, bundledVersion: number): string {
  if (deployed === null) return `Not deployed (bundled v${bundledVersion})`;
  const copy = deployed.copy === 'prebuilt' ? 'Elastic prebuilt' : 'Custom copy';
  if (deployed.upgradeAvailable)
    return `${copy} v${deployed.version}, bundled v${bundledVersion} available`;
  return `${copy} v${deployed.version}, up to date`;
}

export function DeployedCopyBadge({ deployed, bundledVersion }: DeployedCopyBadgeProps) {
  const color = deployed === null ? 'default' : deployed.upgradeAvailable ? 'warning' : 'hollow';
  const icon = deployed === null ? 'minusCircle' : deployed.upgradeAvailable ? 'sortUp' : 'check';
  return (
    <EuiBadge color={color} iconType={icon} data-test-subj="deployedCopyBadge">
      {describeCopy(deployed, bundledVersion)}
    </EuiBadge>
  );
}
