// The Kibana server plugin: registers its Kibana feature and the routes, each building its services' context from the
// caller's request.
import { readFileSync } from 'node:fs';
import type {
  CoreSetup,
  KibanaRequest,
  Logger as KibanaLogger,
  Plugin,
  PluginInitializerContext,
} from '@kbn/core/server';
import type { FeaturesPluginSetup } from '@kbn/features-plugin/server';
import type { RuleDefinition } from '../../lib/rule';
import { KIBANA_FEATURE, ROUTE_PRIVILEGE } from './feature';
import type { PluginConfig } from './config';
import { registerRoutes } from './register_routes';
import {
  createDetectionEngineClientForRequest,
  type KibanaSelfConnection,
} from '../../lib/detection_engine/create_client';
import { loadBundledRule } from '../../lib/rule_files';
import type { ServiceContext } from '../../lib/service_context';
import { pluginRoutes } from '../../routes';

export interface SpacesPluginStart {
  spacesService: { getSpaceId(request: KibanaRequest): string };
}

export interface StartDeps {
  spaces?: SpacesPluginStart;
}

export interface SetupDeps {
  features: FeaturesPluginSetup;
}

function selfConnection(config: PluginConfig): KibanaSelfConnection {
  const cas = config.ssl.certificateAuthorities;
  const files = cas === undefined ? [] : Array.isArray(cas) ? cas : [cas];
  const verify = config.ssl.verificationMode !== 'none';
  return {
    ...(config.kibanaUrl ? { url: config.kibanaUrl } : {}),
    timeoutMs: config.requestTimeout,
    ...(files.length > 0 || !verify
      ? { tls: { certificateAuthorities: files.map((f) => readFileSync(f, 'utf8')), verify } }
      : {}),
  };
}

export class SsmReconRulePlugin implements Plugin<void, void, SetupDeps, StartDeps> {
  private readonly logger: KibanaLogger;
  private readonly config: PluginConfig;
  private rule?: Promise<RuleDefinition>;

  constructor(context: PluginInitializerContext<PluginConfig>) {
    this.logger = context.logger.get();
    this.config = context.config.get<PluginConfig>();
  }

  setup(core: CoreSetup<StartDeps>, plugins: SetupDeps): void {
    plugins.features.registerKibanaFeature(KIBANA_FEATURE);
    const connection = selfConnection(this.config);
    const logger = this.logger;
    // Loaded once; a defective bundled rule fails the routes loudly rather than Kibana's start-up.
    const rule = (this.rule ??= loadBundledRule().then((bundled) => bundled.definition));
    registerRoutes<ServiceContext>(
      core.http.createRouter(),
      pluginRoutes,
      async (context, request) => {
        // The caller going away aborts what the services do upstream (a backtest's searches). Subscribed before
        // any wait: `aborted$` does not replay to late subscribers. Kibana completes it with the request.
        const gone = new AbortController();
        request.events.aborted$.subscribe(() => gone.abort());
        const [, plugins] = await core.getStartServices();
        const spaceId = plugins.spaces?.spacesService.getSpaceId(request) ?? 'default';
        const coreContext = await context.core;
        return {
          detectionEngine: createDetectionEngineClientForRequest({
            request,
            http: core.http,
            spaceId,
            connection,
            logger,
          }),
          // The caller's own Elasticsearch privileges, never Kibana's.
          elasticsearch: coreContext.elasticsearch.client.asCurrentUser,
          rule: await rule,
          spaceId,
          logger,
          now: () => new Date(),
          signal: gone.signal,
        };
      },
      logger,
      ROUTE_PRIVILEGE,
    );
  }

  start(): void {}

  stop(): void {}
}
