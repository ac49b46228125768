// Starts the standalone host from its configuration: the bundled rule, the plugin's routes, the browser app.
import path from 'node:path';
import type { RuleDefinition } from '../../lib/rule';
import { loadBundledRule } from '../../lib/rule_files';
import { spaceBaseUrl } from '../../lib/detection_engine/create_client';
import type { Logger } from '../../lib/logger';
import { pluginRoutes } from '../../routes';
import { authorizationHeader, type Credentials } from '../../lib/credentials';
import { createHostContextFactory, type HostConnection } from '../../lib/service_context';
import { startStandaloneServer, type StandaloneServer } from './server';

/** Where `npm run build:ui` puts the browser app for this host. */
export const DEFAULT_UI_DIR = path.resolve(__dirname, '../../../target/public/standalone');

export interface HostConfig extends HostConnection {
  host: string;
  port: number;
  /** Used for requests that bring no `Authorization`; without it the browser is asked to log in. */
  credentials?: Credentials;
  accessToken?: string;
  /** Host names callers may use besides loopback and the bound address. */
  allowedHosts?: string[];
  /** Kibana's address as the user's browser sees it, for links into Security (default: kibanaUrl). */
  kibanaPublicUrl?: string;
  uiDir: string | null;
  rule?: RuleDefinition;
  /**
   * Shown in the panel beside the rule's schedule, for a host whose rules run on another one (the sandbox's
   * emulator runs them every few seconds). Passed to the page through ui-config.json.
   */
  scheduleNote?: string;
}

export interface RunningHost extends StandaloneServer {
  rule: RuleDefinition;
}

export async function startHost(config: HostConfig, logger: Logger): Promise<RunningHost> {
  const rule = config.rule ?? (await loadBundledRule()).definition;
  const contexts = createHostContextFactory(config, rule, logger);
  const server = await startStandaloneServer({
    host: config.host,
    port: config.port,
    routes: pluginRoutes,
    createContext: async (authorization, signal) =>
      contexts.forAuthorization(authorization, signal),
    defaultAuthorization: config.credentials ? authorizationHeader(config.credentials) : undefined,
    accessToken: config.accessToken,
    ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}),
    uiDir: config.uiDir,
    uiConfig: {
      kibanaUrl: spaceBaseUrl(config.kibanaPublicUrl ?? config.kibanaUrl, config.spaceId),
      ...(config.scheduleNote ? { scheduleNote: config.scheduleNote } : {}),
    },
    logger,
  });
  return {
    url: server.url,
    rule,
    close: async () => {
      await server.close();
      await contexts.close();
    },
  };
}
