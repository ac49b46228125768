// Kibana's rule execution statuses and their `status_order` (defined in Kibana's TypeScript only).

export type RuleExecutionStatus =
  'succeeded' | 'going to run' | 'running' | 'partial failure' | 'failed';

export const STATUS_ORDER: Readonly<Record<RuleExecutionStatus, number>> = {
  succeeded: 0,
  'going to run': 10,
  running: 15,
  'partial failure': 20,
  failed: 30,
};

/** The Alerting Framework's outcome for a Security status (`event.outcome` of the execute event). */
export function outcomeOf(status: RuleExecutionStatus): 'success' | 'warning' | 'failure' {
  if (status === 'failed') return 'failure';
  if (status === 'partial failure') return 'warning';
  return 'success';
}
