// Kibana's alerts indices per space: the alias `.alerts-security.alerts-<space>` over the concrete
// `.internal.alerts-security.alerts-<space>-000001`, created on first use from an index template.
import type { Client } from '@elastic/elasticsearch';
import { ALERTS_MAPPINGS } from './alerts_mappings';

export interface AlertsIndex {
  /** The alias detection alerts of a space are written to and searched through. */
  aliasOf(space: string): string;
  ensure(space: string): Promise<void>;
}

const TEMPLATE = 'emulated-kibana-alerts-security';

function isAlreadyThere(error: unknown): boolean {
  const type = (error as { meta?: { body?: { error?: { type?: string } } } }).meta?.body?.error
    ?.type;
  return type === 'resource_already_exists_exception';
}

export function createAlertsIndex(esClient: Client): AlertsIndex {
  let template: Promise<void> | undefined;
  const spaces = new Map<string, Promise<void>>();

  const installTemplate = async () => {
    await esClient.indices.putIndexTemplate({
      name: TEMPLATE,
      index_patterns: ['.internal.alerts-security.alerts-*'],
      priority: 500,
      template: {
        settings: { number_of_shards: 1, number_of_replicas: 0 },
        mappings: ALERTS_MAPPINGS as never,
      },
    });
  };

  const createSpaceIndex = async (space: string) => {
    template ??= installTemplate().catch((error: unknown) => {
      template = undefined;
      throw error;
    });
    await template;
    try {
      await esClient.indices.create({
        index: `.internal.alerts-security.alerts-${space}-000001`,
        aliases: { [`.alerts-security.alerts-${space}`]: { is_write_index: true } },
      });
    } catch (error) {
      if (!isAlreadyThere(error)) throw error;
    }
  };

  return {
    aliasOf: (space) => `.alerts-security.alerts-${space}`,
    ensure(space) {
      let pending = spaces.get(space);
      if (!pending) {
        pending = createSpaceIndex(space);
        pending.catch(() => spaces.delete(space));
        spaces.set(space, pending);
      }
      return pending;
    },
  };
}
