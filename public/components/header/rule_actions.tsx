// The header's controls: enable switch and Deploy / Upgrade, wired to their actions and disabled with a reason.
import { useId, useState } from 'react';
import {
  EuiButton,
  EuiFlexGroup,
  EuiFlexItem,
  EuiScreenReaderOnly,
  EuiSwitch,
  EuiToolTip,
} from '@elastic/eui';
import type { StatusResponse } from '../../../common/api';
import { useDeploy, useEnable } from '../../hooks/use_rule_changes';
import { NotifyButton } from '../notify/notify_button';
import { DeployModal } from './deploy_modal';
import type { DeployMode } from './deploy_modal';

// Turns the deployed rule on or off; when the caller may not, the reason is shown and read out.
interface EnableSwitchProps {
  enabled: boolean;
  /** Why the switch is off limits, or null when it can be used. */
  disabledReason: string | null;
  isSaving: boolean;
  onChange(enabled: boolean): void;
}

function EnableSwitch({ enabled, disabledReason, isSaving, onChange }: EnableSwitchProps) {
  const reasonId = useId();
  const switchId = useId();
  const control = (
    <EuiSwitch
      id={switchId}
      labelProps={{ id: `${switchId}-label` }}
      label="Enabled"
      checked={enabled}
      disabled={disabledReason !== null || isSaving}
      onChange={(event) => onChange(event.target.checked)}
      aria-describedby={disabledReason ? reasonId : undefined}
      data-test-subj="enableSwitch"
    />
  );
  if (disabledReason === null) return control;
  return (
    <>
      <EuiToolTip content={disabledReason}>
        <span tabIndex={0}>{control}</span>
      </EuiToolTip>
      <EuiScreenReaderOnly>
        <span id={reasonId}>{disabledReason}</span>
      </EuiScreenReaderOnly>
    </>
  );
}

export interface RuleActionsProps {
  status: StatusResponse;
  /** Called after the rule changed, so the sections reload. */
  onChanged(): void;
}

function deployMode(status: StatusResponse): DeployMode | null {
  if (status.deployed === null) return 'deploy';
  return status.deployed.upgradeAvailable ? 'upgrade' : null;
}

export function RuleActions({ status, onChanged }: RuleActionsProps) {
  const deploy = useDeploy();
  const toggle = useEnable();
  const [modalOpen, setModalOpen] = useState(false);
  const { canWrite, reason } = status.capabilities;
  const writeBlocked = canWrite ? null : (reason ?? 'Your role cannot change detection rules.');
  const mode = deployMode(status);

  const switchReason =
    writeBlocked ?? (status.deployed === null ? 'Deploy the rule before enabling it.' : null);

  async function changeEnabled(enabled: boolean) {
    const answer = await toggle.setEnabled(enabled);
    if (answer) onChanged();
  }

  function closeModal() {
    deploy.reset();
    setModalOpen(false);
  }

  const label = mode === 'deploy' ? 'Deploy rule' : `Upgrade to v${status.rule.bundledVersion}`;
  const deployButton =
    mode === null ? null : (
      <EuiButton
        fill={mode === 'deploy'}
        iconType={mode === 'deploy' ? 'plusCircle' : 'sortUp'}
        size="s"
        isDisabled={writeBlocked !== null}
        onClick={() => setModalOpen(true)}
        data-test-subj="deployButton"
      >
        {label}
      </EuiButton>
    );

  return (
    <EuiFlexGroup gutterSize="m" alignItems="center" responsive={false} wrap>
      <EuiFlexItem grow={false}>
        <EnableSwitch
          enabled={status.deployed?.enabled ?? false}
          disabledReason={switchReason}
          isSaving={toggle.isSaving}
          onChange={changeEnabled}
        />
      </EuiFlexItem>
      {deployButton ? (
        <EuiFlexItem grow={false}>
          {writeBlocked ? (
            <EuiToolTip content={writeBlocked}>
              <span tabIndex={0}>{deployButton}</span>
            </EuiToolTip>
          ) : (
            deployButton
          )}
        </EuiFlexItem>
      ) : null}
      <NotifyButton status={status} />
      {modalOpen && mode !== null ? (
        <DeployModal
          mode={mode}
          flow={deploy}
          bundledVersion={status.rule.bundledVersion}
          onClose={closeModal}
          onDeployed={() => {
            setModalOpen(false);
            onChanged();
          }}
        />
      ) : null}
    </EuiFlexGroup>
  );
}
