// What every route and the rule executor share: the stores, the clock, the search engine, the settings.
import type { Client } from '@elastic/elasticsearch';
import type { AlertsIndex } from './alerts/alerts_index';
import type { EmulatorUser } from '../auth/users';
import type { ConnectorStore } from './connectors/connector_store';
import type { ExceptionStore } from './exceptions/exception_store';
import type { ExecutionHistory } from './executor/execution_record';
import type { PrebuiltPackage } from './prebuilt/prebuilt_package';
import type { RuleStore } from './rules/rule_store';

export interface EmulatorContext {
  store: RuleStore;
  /** Each space's connectors (Actions and Connectors), which rule actions must name. */
  connectors: ConnectorStore;
  history: ExecutionHistory;
  exceptions: ExceptionStore;
  prebuilt: PrebuiltPackage;
  alerts: AlertsIndex;
  /** Kibana's internal user. */
  esClient: Client;
  /** The client acting as the caller (Kibana's `asCurrentUser`); the internal one on an unsecured cluster. */
  clientFor(user: EmulatorUser): Client;
  now(): Date;
  /** `enabled` of a created rule that did not say (true in the published API docs, false in Kibana's source). */
  enabledDefault: boolean;
}
