// MITRE ATT&CK tactic and techniques of the rule, each linking to its page on attack.mitre.org.
import { EuiBadge, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import type { RuleSummary } from '../../../common/api';

function openExternal(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

export function MitreBadges({ threat }: { threat: RuleSummary['threat'] }) {
  return (
    <EuiFlexGroup gutterSize="xs" wrap responsive={false} data-test-subj="mitreBadges">
      {threat.flatMap((entry) => [
        <EuiFlexItem grow={false} key={entry.tactic.id}>
          <EuiBadge
            color="hollow"
            iconType="external"
            iconSide="right"
            onClick={() => openExternal(entry.tactic.reference)}
            onClickAriaLabel={`Open MITRE ATT&CK tactic ${entry.tactic.id} ${entry.tactic.name} in a new tab`}
          >
            {`${entry.tactic.name} (${entry.tactic.id})`}
          </EuiBadge>
        </EuiFlexItem>,
        ...entry.technique.map((technique) => (
          <EuiFlexItem grow={false} key={technique.id}>
            <EuiBadge
              color="default"
              onClick={() => openExternal(technique.reference)}
              onClickAriaLabel={`Open MITRE ATT&CK technique ${technique.id} ${technique.name} in a new tab`}
            >
              {`${technique.id} ${technique.name}`}
            </EuiBadge>
          </EuiFlexItem>
        )),
      ])}
    </EuiFlexGroup>
  );
}
