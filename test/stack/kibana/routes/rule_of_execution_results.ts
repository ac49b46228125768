// The rule an execution-results request names by saved-object id; Kibana answers a missing one with the
// saved-objects 404.
import type { EmulatorContext } from '../emulator_context';
import type { EmulatorRequest } from '../http/emulator_request';
import { siemError } from '../http/kibana_error';
import type { StoredRule } from '../rules/stored_rule';

export function ruleOfExecutionResults(
  request: EmulatorRequest,
  context: EmulatorContext,
): StoredRule {
  const id = request.params.ruleId;
  const rule = context.store.getById(request.space, id);
  if (!rule) throw siemError(404, `Saved object [alert/${id}] not found`);
  return rule;
}
