// Confirmation before deploying or upgrading: what will change (dry run), or the edits that block it (409).
import { useEffect, useId, useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiCheckbox,
  EuiFlexGroup,
  EuiFlexItem,
  EuiLoadingSpinner,
  EuiModal,
  EuiModalBody,
  EuiModalFooter,
  EuiModalHeader,
  EuiModalHeaderTitle,
  EuiSpacer,
  EuiText,
} from '@elastic/eui';
import { BacktickText } from '../common/backtick_text';
import type { DeployResponse } from '../../../common/api';
import type { DeployFlow } from '../../hooks/use_rule_changes';
import { DeployPlanSummary } from './deploy_plan_summary';
import { FieldChangeTable } from './field_change_table';

export type DeployMode = 'deploy' | 'upgrade';

export interface DeployModalProps {
  mode: DeployMode;
  flow: DeployFlow;
  bundledVersion: number;
  onClose(): void;
  onDeployed(answer: DeployResponse): void;
}

interface PlanBodyProps {
  flow: DeployFlow;
  bundledVersion: number;
  onRetry(): void;
}

function PlanBody({ flow, bundledVersion, onRetry }: PlanBodyProps) {
  const { plan } = flow;
  switch (plan.state) {
    case 'idle':
    case 'planning':
      return (
        <EuiFlexGroup
          gutterSize="s"
          alignItems="center"
          responsive={false}
          data-test-subj="deployPlanning"
        >
          <EuiFlexItem grow={false}>
            <EuiLoadingSpinner size="m" />
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiText size="s">
              <p>Checking what will change…</p>
            </EuiText>
          </EuiFlexItem>
        </EuiFlexGroup>
      );
    case 'ready':
      return (
        <>
          <DeployPlanSummary plan={plan.plan} bundledVersion={bundledVersion} />
          {plan.plan.changes.length > 0 ? (
            <>
              <EuiSpacer size="m" />
              <FieldChangeTable caption="What will change" changes={plan.plan.changes} />
            </>
          ) : null}
        </>
      );
    case 'drift':
      return (
        <>
          <EuiCallOut
            color="warning"
            iconType="warning"
            title="Someone edited this rule in Kibana"
            data-test-subj="deployDrift"
          >
            <p>
              <BacktickText text={plan.message} />
            </p>
            <p>Upgrading would replace these edits with the bundled definition.</p>
          </EuiCallOut>
          <EuiSpacer size="m" />
          <FieldChangeTable
            caption="Fields edited in Kibana"
            changes={plan.drift}
            deployedLabel="In Kibana now"
            bundledLabel="Bundled definition"
          />
        </>
      );
    case 'failed':
      return (
        <EuiCallOut
          color="danger"
          iconType="error"
          title="Could not check what will change"
          role="alert"
        >
          <p>{plan.error.message}</p>
          <EuiButton size="s" color="danger" iconType="refresh" onClick={onRetry}>
            Retry
          </EuiButton>
        </EuiCallOut>
      );
  }
}

export function DeployModal({ mode, flow, bundledVersion, onClose, onDeployed }: DeployModalProps) {
  const titleId = useId();
  const [enable, setEnable] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const { preview } = flow;

  useEffect(() => {
    preview({ enable, overwrite });
  }, [preview, enable, overwrite]);

  const { plan } = flow;
  const showOverwrite = plan.state === 'drift' || overwrite;
  const nothingToDo =
    plan.state === 'ready' && plan.plan.action === 'unchanged' && !plan.plan.enabledChanged;
  const canConfirm = plan.state === 'ready' && !nothingToDo;
  const verb = mode === 'deploy' ? 'Deploy' : overwrite ? 'Overwrite and upgrade' : 'Upgrade';

  async function confirm() {
    const answer = await flow.confirm({ enable, overwrite });
    if (answer) onDeployed(answer);
  }

  return (
    <EuiModal
      onClose={onClose}
      aria-labelledby={titleId}
      style={{ width: 760 }}
      data-test-subj="deployModal"
    >
      <EuiModalHeader>
        <EuiModalHeaderTitle id={titleId}>
          {mode === 'deploy' ? 'Deploy the rule' : `Upgrade the rule to version ${bundledVersion}`}
        </EuiModalHeaderTitle>
      </EuiModalHeader>
      <EuiModalBody>
        <PlanBody
          flow={flow}
          bundledVersion={bundledVersion}
          onRetry={() => preview({ enable, overwrite })}
        />
        <EuiSpacer size="m" />
        {mode === 'deploy' ? (
          <EuiCheckbox
            id={`${titleId}-enable`}
            label="Enable the rule right away (new rules start disabled)"
            checked={enable}
            onChange={(event) => setEnable(event.target.checked)}
          />
        ) : null}
        {showOverwrite ? (
          <EuiCheckbox
            id={`${titleId}-overwrite`}
            label="Replace the edits made in Kibana with the bundled definition"
            checked={overwrite}
            onChange={(event) => setOverwrite(event.target.checked)}
            data-test-subj="overwriteCheckbox"
          />
        ) : null}
      </EuiModalBody>
      <EuiModalFooter>
        <EuiButtonEmpty onClick={onClose}>Cancel</EuiButtonEmpty>
        <EuiButton
          fill
          color={overwrite ? 'warning' : 'primary'}
          onClick={confirm}
          isDisabled={!canConfirm}
          isLoading={flow.isDeploying}
          data-test-subj="confirmDeploy"
        >
          {verb}
        </EuiButton>
      </EuiModalFooter>
    </EuiModal>
  );
}
