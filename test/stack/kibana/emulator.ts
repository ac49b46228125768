// Starts the emulated Kibana Detection Engine: HTTP server on 127.0.0.1, rule store, prebuilt package,
// alerts indices, rule executor (on demand and optionally on a schedule).
import type { Client } from '@elastic/elasticsearch';
import { createAlertsIndex } from './alerts/alerts_index';
import { createAuthenticator } from './auth/authenticate';
import { demoApiKeys, demoUsers, type ApiKeyConfig, type EmulatorUser } from '../auth/users';
import { ConnectorStore, type ConnectorSeed } from './connectors/connector_store';
import { loadOpenApiCheck } from './contract/openapi_check';
import { ExceptionStore } from './exceptions/exception_store';
import type { EmulatorContext } from './emulator_context';
import { ExecutionHistory, type ExecutionRecord } from './executor/execution_record';
import { kqlRuleQuery } from './executor/kql_rule_query';
import { createRuleRunner, type RunSelection } from './executor/rule_runner';
import { createUserClients } from './executor/rule_key_clients';
import { createDispatcher } from './http/dispatcher';
import { listen } from './http/http_server';
import { RequestLog, type LoggedRequest } from './http/request_log';
import { bundledRuleAssets } from './prebuilt/bundled_rule_assets';
import { createPrebuiltPackage, type PrebuiltAsset } from './prebuilt/prebuilt_package';
import { absentKibanaRoutes, kibanaRoutes, type ExecutionResultsApi } from './routes/kibana_routes';
import { RuleStore } from './rules/rule_store';

export interface EmulatorOptions {
  /** Kibana's internal user on the search engine: the alerts index and the alert writes. */
  esClient: Client;
  /**
   * The stack's Elasticsearch URL (the authorising compatibility proxy): rules search it with their key and users
   * read alerts through it as themselves. Without it the cluster is unsecured and everything uses `esClient`.
   */
  elasticsearchUrl?: string;
  /** Default: a free port. */
  port?: number;
  /** `with-rule`: the package offers the bundled rule's current version; `empty`: an offline cluster. */
  prebuiltPackage?: 'with-rule' | 'empty' | readonly PrebuiltAsset[];
  /** `enabled` of a created rule that omits it: true as the published API docs say (default), false as Kibana's source does. */
  enabledDefault?: boolean;
  /** Which execution-results API this Kibana has: the newer POST (default) or the released GET. */
  executionResultsApi?: ExecutionResultsApi;
  /** Run enabled rules every this many milliseconds; null (default): only on demand. */
  schedule?: number | null;
  now?: () => Date;
  /** Answer a missing `elastic-api-version` with 400 (default), as Kibana's dev mode does. */
  requireVersionHeader?: boolean;
  users?: EmulatorUser[];
  apiKeys?: ApiKeyConfig[];
  /** Connectors of the spaces (default space unless a seed names one); none by default. */
  connectors?: readonly ConnectorSeed[];
}

export interface RunningEmulator {
  url: string;
  stop(): Promise<void>;
  /** Runs enabled rules now and resolves when they are done (also `POST /_emulator/run_rules`). */
  runRules(selection?: RunSelection): Promise<ExecutionRecord[]>;
  /** Requests Kibana would have rejected as malformed; a passing test leaves this empty. */
  rejectedRequests(): LoggedRequest[];
  requests(): LoggedRequest[];
  clearRequestLog(): void;
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const users = options.users ?? demoUsers();
  const now = options.now ?? (() => new Date());
  const apiKeys = options.apiKeys ?? demoApiKeys();
  const userClients = options.elasticsearchUrl
    ? createUserClients(options.elasticsearchUrl, apiKeys)
    : null;
  const store = new RuleStore();
  const connectors = new ConnectorStore();
  for (const seed of options.connectors ?? []) connectors.add(seed);
  const history = new ExecutionHistory();
  const exceptions = new ExceptionStore();
  const alerts = createAlertsIndex(options.esClient);
  const packageOption = options.prebuiltPackage ?? 'with-rule';
  const assets =
    packageOption === 'with-rule'
      ? await bundledRuleAssets()
      : packageOption === 'empty'
        ? []
        : packageOption;
  const context: EmulatorContext = {
    store,
    connectors,
    history,
    exceptions,
    prebuilt: createPrebuiltPackage(assets),
    alerts,
    esClient: options.esClient,
    clientFor: (user) => userClients?.clientFor(user) ?? options.esClient,
    now,
    enabledDefault: options.enabledDefault ?? true,
  };
  const runner = createRuleRunner({
    esClient: options.esClient,
    keyClient: userClients ? (user) => userClients.clientFor(user) : null,
    alerts,
    store,
    history,
    exceptions,
    users: new Map(users.map((user) => [user.username, user])),
    buildRuleQuery: kqlRuleQuery,
    now,
  });
  const log = new RequestLog();
  const runRules = (selection?: RunSelection) => runner.runNow(selection);
  const executionResultsApi = options.executionResultsApi ?? 'post';
  const dispatcher = createDispatcher({
    routes: kibanaRoutes(executionResultsApi),
    absentRoutes: absentKibanaRoutes(executionResultsApi),
    testRoutes: {
      '/_emulator/run_rules': async (body) => {
        const records = await runRules(body as RunSelection);
        return { status: 200, body: { runs: records.length, records } };
      },
    },
    authenticator: createAuthenticator(users, apiKeys),
    openApiCheck: await loadOpenApiCheck(),
    requireVersionHeader: options.requireVersionHeader ?? true,
    context,
    log,
  });
  await alerts.ensure('default');
  const server = await listen(dispatcher, options.port ?? 0);
  if (options.schedule) runner.start(options.schedule);
  return {
    url: server.url,
    async stop() {
      await runner.stop();
      await server.close();
      await userClients?.close();
    },
    runRules,
    rejectedRequests: () => log.rejected(),
    requests: () => log.all(),
    clearRequestLog: () => log.clear(),
  };
}
