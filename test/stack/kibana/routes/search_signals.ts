// POST /api/detection_engine/signals/search: an Elasticsearch search over the space's alerts alias,
// answered with the raw engine response; an empty body is Kibana's 400.
import type { EmulatorContext } from '../emulator_context';
import {
  foldMultiTerms,
  isMissingMultiTerms,
  withoutMultiTerms,
} from '../alerts/multi_terms_fallback';
import { engineError } from '../http/engine_error';
import { ok } from '../http/emulator_request';
import { siemError } from '../http/kibana_error';
import type { RouteDefinition } from '../http/route_definition';

const SEARCH_KEYS = [
  'query',
  'aggs',
  'size',
  'track_total_hits',
  '_source',
  'fields',
  'sort',
  'runtime_mappings',
] as const;

export const searchSignalsRoute: RouteDefinition<EmulatorContext> = {
  method: 'POST',
  path: '/api/detection_engine/signals/search',
  access: 'public',
  privilege: 'alerts-read',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const search: Record<string, unknown> = {};
    for (const key of SEARCH_KEYS) if (body[key] !== undefined) search[key] = body[key];
    if (Object.keys(search).length === 0) {
      throw siemError(400, '"value" must have at least 1 children');
    }
    // The engine has no runtime fields; an empty object (as Kibana's UI sends) means nothing.
    const runtime = search.runtime_mappings as Record<string, unknown> | undefined;
    if (runtime && Object.keys(runtime).length === 0) delete search.runtime_mappings;
    await context.alerts.ensure(request.space);
    // As the caller, as Kibana's route does: the user's role decides whether it may read the alerts.
    const run = (body: Record<string, unknown>) =>
      context.clientFor(request.user).search({
        index: context.alerts.aliasOf(request.space),
        ignore_unavailable: true,
        allow_no_indices: true,
        ...body,
      });
    try {
      return ok(await run(search));
    } catch (error) {
      if (!isMissingMultiTerms(error)) throw engineError(error);
    }
    try {
      const response = await run(withoutMultiTerms(search));
      return ok(foldMultiTerms(search, response as unknown as Record<string, unknown>));
    } catch (error) {
      throw engineError(error);
    }
  },
};
