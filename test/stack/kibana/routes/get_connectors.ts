// GET /api/actions/connectors: the space's connectors, for a caller with read access to Actions and Connectors.
import type { EmulatorContext } from '../emulator_context';
import { ok } from '../http/emulator_request';
import type { RouteDefinition } from '../http/route_definition';

export const getConnectorsRoute: RouteDefinition<EmulatorContext> = {
  method: 'GET',
  path: '/api/actions/connectors',
  access: 'public',
  privilege: 'actions-read',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    // `referenced_by_count`: how many rules of the space name the connector in their actions.
    const rules = context.store.list(request.space);
    return ok(
      context.connectors.list(request.space).map((connector) => ({
        ...connector,
        referenced_by_count: rules.filter((rule) =>
          ((rule.params.actions as Array<{ id?: unknown }> | undefined) ?? []).some(
            (action) => action.id === connector.id,
          ),
        ).length,
      })),
    );
  },
};
