// The emulated Kibana Detection Engine for tests and the sandbox: start it, talk to it over HTTP.
export { startEmulator } from './emulator';
export type { EmulatorOptions, RunningEmulator } from './emulator';
export {
  apiKeyAuthorization,
  basicAuthorization,
  demoApiKeys,
  demoUsers,
  DEMO_PASSWORD,
} from '../auth/users';
export type { ApiKeyConfig, EmulatorUser, KibanaPrivilege } from '../auth/users';
export type { ConnectorSeed } from './connectors/connector_store';
export type { ExecutionRecord } from './executor/execution_record';
export type { LoggedRequest } from './http/request_log';
export type { PrebuiltAsset } from './prebuilt/prebuilt_package';
