// Confirmation before deploying or upgrading: what will change (the dry run, in words and field by field), or the
// edits in Kibana that block it (409).
import { useEffect, useId, useState } from 'react';
import {
  EuiBasicTable,
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
  EuiTextColor,
} from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { DeployResponse, FieldChange } from '../../../common/api';
import type { DeployFlow } from '../../hooks/use_rule_changes';
import { BacktickText, CodeText, CodeValueBlock } from '../code_text';

// Says in words what a deploy would do, from the server's dry-run answer.
function describePlan(plan: DeployResponse, bundledVersion: number): string {
  switch (plan.action) {
    case 'installed_prebuilt':
      return "Elastic's prebuilt rule will be installed from the detection rules package of this cluster.";
    case 'created_custom':
      return `A custom copy (rule_id ${plan.rule.ruleId}) will be created from the bundled definition, because Elastic's prebuilt copy is not available in this cluster.`;
    case 'updated_custom':
      return `The custom copy will be upgraded to version ${bundledVersion}. Only fields the bundled definition sets change; the enabled state, exceptions and actions stay as they are.`;
    case 'unchanged':
      return 'The deployed rule already matches the bundled definition.';
  }
}

function DeployPlanSummary({
  plan,
  bundledVersion,
}: {
  plan: DeployResponse;
  bundledVersion: number;
}) {
  return (
    <EuiText size="s" data-test-subj="deployPlanSummary">
      <p>{describePlan(plan, bundledVersion)}</p>
      {plan.enabledChanged ? (
        <p>{plan.rule.enabled ? 'The rule will be enabled.' : 'The rule will be disabled.'}</p>
      ) : null}
      <p>
        <em>
          <BacktickText text={plan.message} />
        </em>
      </p>
    </EuiText>
  );
}

// Field-by-field differences between the deployed rule and the bundled definition.
interface FieldChangeTableProps {
  changes: FieldChange[];
  caption: string;
  deployedLabel?: string;
  bundledLabel?: string;
}

/** Values longer than this get a scrolling code block instead of inline code. */
const INLINE_LIMIT = 60;

function ValueCell({ value, field, side }: { value: unknown; field: string; side: string }) {
  if (value === undefined) return <EuiTextColor color="subdued">(not set)</EuiTextColor>;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  if (text.length <= INLINE_LIMIT && !text.includes('\n')) return <CodeText>{text}</CodeText>;
  return <CodeValueBlock text={text} label={`${field}: ${side}`} />;
}

function FieldChangeTable({
  changes,
  caption,
  deployedLabel = 'Deployed now',
  bundledLabel = 'Bundled definition',
}: FieldChangeTableProps) {
  const columns: Array<EuiBasicTableColumn<FieldChange>> = [
    {
      field: 'field',
      name: 'Field',
      width: '14em',
      render: (field: string) => <CodeText>{field}</CodeText>,
    },
    {
      field: 'deployed',
      name: deployedLabel,
      render: (_: unknown, item) => (
        <ValueCell value={item.deployed} field={item.field} side={deployedLabel} />
      ),
    },
    {
      field: 'bundled',
      name: bundledLabel,
      render: (_: unknown, item) => (
        <ValueCell value={item.bundled} field={item.field} side={bundledLabel} />
      ),
    },
  ];
  return (
    <EuiBasicTable
      tableCaption={caption}
      items={changes}
      itemId="field"
      columns={columns}
      tableLayout="fixed"
      noItemsMessage="No field changes."
      data-test-subj="fieldChangeTable"
    />
  );
}

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
