// POST /api/detection_engine/signals/status: sets `kibana.alert.workflow_status` of alerts chosen by ids
// or by query, answering like Elasticsearch's update-by-query. As Kibana's route does (an update-by-query as the
// current user), it reads and writes the alerts as the caller, so their Elasticsearch role decides; the engine has no
// update-by-query, so it is a search and a bulk update, both as the caller.
import type { EmulatorContext } from '../emulator_context';
import { engineError } from '../http/engine_error';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';

interface Body {
  status: string;
  signal_ids?: string[];
  query?: Record<string, unknown>;
  reason?: string;
}

export const setSignalsStatusRoute: RouteDefinition<EmulatorContext> = {
  method: 'POST',
  path: '/api/detection_engine/signals/status',
  access: 'public',
  privilege: 'alerts-all',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const body = request.body as Body;
    const started = Date.now();
    const index = context.alerts.aliasOf(request.space);
    await context.alerts.ensure(request.space);
    const client = context.clientFor(request.user);
    try {
      const found = await client.search<Record<string, unknown>>({
        index,
        size: 10_000,
        _source: false,
        query: body.signal_ids ? { ids: { values: body.signal_ids } } : body.query,
      });
      const hits = found.hits.hits;
      const doc = {
        'kibana.alert.workflow_status': body.status,
        'kibana.alert.workflow_status_updated_at': context.now().toISOString(),
        'kibana.alert.workflow_user': request.user.username,
        ...(body.reason ? { 'kibana.alert.workflow_reason': body.reason } : {}),
      };
      // One bulk per concrete index, addressed in the path, as the write privilege is checked per index.
      const byIndex = new Map<string, typeof hits>();
      for (const hit of hits) byIndex.set(hit._index, [...(byIndex.get(hit._index) ?? []), hit]);
      for (const [concrete, group] of byIndex) {
        await client.bulk({
          index: concrete,
          refresh: true,
          operations: group.flatMap((hit) => [{ update: { _id: hit._id } }, { doc }]),
        });
      }
      return ok({
        took: Date.now() - started,
        timed_out: false,
        total: hits.length,
        updated: hits.length,
        deleted: 0,
        batches: hits.length > 0 ? 1 : 0,
        version_conflicts: 0,
        noops: 0,
        retries: { bulk: 0, search: 0 },
        throttled_millis: 0,
        requests_per_second: -1,
        throttled_until_millis: 0,
        failures: [],
      });
    } catch (error) {
      throw engineError(error);
    }
  },
};
