// How a run's checks and warnings settle into one status and message, as Kibana's rule wrapper orders its
// status changes: the last one written wins, "succeeded" only when nothing went wrong.
import type { RuleExecutionStatus } from './execution_status';

export interface StatusChange {
  status: RuleExecutionStatus;
  message: string;
}

export const SUCCEEDED: StatusChange = {
  status: 'succeeded',
  message: 'Rule execution completed successfully',
};

export const MAX_SIGNALS_WARNING =
  'This rule reached the maximum alert limit for the rule execution. Some alerts were not created.';

export function settleStatus(changes: readonly StatusChange[]): StatusChange {
  return changes.length > 0 ? changes[changes.length - 1] : SUCCEEDED;
}
