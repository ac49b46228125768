// What a deploy is about to do or did, turned into the route's answer.
import type { DeployAction, DeployResponse, FieldChange, RuleCopy } from '../../../common/api';

export interface DeployOutcome {
  action: DeployAction;
  dryRun: boolean;
  copy: RuleCopy;
  rule: DeployResponse['rule'];
  enabledChanged: boolean;
  changes: FieldChange[];
}

const DONE: Record<DeployAction, string> = {
  installed_prebuilt: 'Installed Elastic’s prebuilt rule',
  created_custom: 'Created the custom copy of the rule',
  updated_custom: 'Upgraded the custom copy of the rule',
  unchanged: 'The rule is already up to date',
};

const PLANNED: Record<DeployAction, string> = {
  installed_prebuilt: 'Would install Elastic’s prebuilt rule',
  created_custom: 'Would create a custom copy of the rule',
  updated_custom: 'Would upgrade the custom copy of the rule',
  unchanged: 'The rule is already up to date',
};

function sentence(outcome: DeployOutcome): string {
  const lead = `${(outcome.dryRun ? PLANNED : DONE)[outcome.action]} (version ${outcome.rule.version})`;
  const changed =
    outcome.action === 'updated_custom'
      ? `; ${outcome.changes.length} field${outcome.changes.length === 1 ? '' : 's'}: ${outcome.changes.map((c) => c.field).join(', ')}`
      : '';
  let state: string;
  if (outcome.enabledChanged) {
    state = outcome.rule.enabled
      ? outcome.dryRun
        ? ' and enable it'
        : ' and enabled it'
      : outcome.dryRun
        ? ' and disable it'
        : ' and disabled it';
  } else {
    state = outcome.rule.enabled ? '; it is enabled' : '; it is disabled';
  }
  return `${lead}${changed}${state}.`;
}

export function deployResponse(outcome: DeployOutcome): DeployResponse {
  return { ...outcome, message: sentence(outcome) };
}
