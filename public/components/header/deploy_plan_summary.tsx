// Says in words what a deploy would do, from the server's dry-run answer.
import { EuiText } from '@elastic/eui';
import { BacktickText } from '../common/backtick_text';
import type { DeployResponse } from '../../../common/api';

export function describePlan(plan: DeployResponse, bundledVersion: number): string {
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

export function DeployPlanSummary({
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
