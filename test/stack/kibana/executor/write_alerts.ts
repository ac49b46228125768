// Bulk-creates alerts in the space's alerts alias; an alert that already exists (same deterministic id) is
// not created twice and not counted.
import type { Client } from '@elastic/elasticsearch';
import type { AlertDocument } from './alert_document';

export interface WriteOutcome {
  created: number;
  durationMs: number;
  errors: string[];
}

interface BulkItem {
  create?: { status: number; error?: { type?: string; reason?: string } };
}

export async function writeAlerts(
  esClient: Client,
  alias: string,
  alerts: readonly AlertDocument[],
): Promise<WriteOutcome> {
  if (alerts.length === 0) return { created: 0, durationMs: 0, errors: [] };
  const started = Date.now();
  const response = await esClient.bulk({
    index: alias,
    refresh: 'wait_for',
    operations: alerts.flatMap((alert) => [{ create: { _id: alert._id } }, alert._source]),
  });
  const items = response.items as BulkItem[];
  const errors = items
    .map((item) => item.create)
    .filter((result) => result?.error && result.status !== 409)
    .map((result) => `${result?.error?.type}: ${result?.error?.reason}`);
  return {
    created: items.filter((item) => item.create?.status === 201).length,
    durationMs: Date.now() - started,
    errors: [...new Set(errors)],
  };
}
