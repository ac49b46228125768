// `execution_summary.last_execution` of a RuleResponse: date, status, status_order, message, metrics.
import type { RuleExecutionStatus } from './execution_status';

export interface ExecutionMetrics {
  total_search_duration_ms: number;
  total_indexing_duration_ms: number;
  total_enrichment_duration_ms: number;
  execution_gap_duration_s?: number;
  gap_range?: { gte: string; lte: string };
  frozen_indices_queried_count: number;
}

export interface ExecutionSummary {
  last_execution: {
    date: string;
    status: RuleExecutionStatus;
    status_order: number;
    message: string;
    metrics: ExecutionMetrics;
  };
}
