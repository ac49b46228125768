// One finished rule run as the event log would hold it; both execution-results APIs are views of these.
import type { RuleExecutionStatus } from './execution_status';
import type { ExecutionMetrics } from './execution_summary';

export interface ExecutionRecord {
  executionUuid: string;
  ruleId: string;
  space: string;
  start: Date;
  durationMs: number;
  scheduleDelayMs: number;
  status: RuleExecutionStatus;
  message: string;
  metrics: ExecutionMetrics;
  newAlerts: number;
  candidateAlerts: number;
  matchedIndices: number;
}

/** Execution history of all rules, newest last. */
export class ExecutionHistory {
  private readonly records: ExecutionRecord[] = [];

  add(record: ExecutionRecord): void {
    this.records.push(record);
  }

  forRule(space: string, ruleId: string): ExecutionRecord[] {
    return this.records.filter((record) => record.space === space && record.ruleId === ruleId);
  }
}
