// Kibana Detection Engine contract checks for the test stack: validate requests and responses against Kibana's
// OpenAPI files (copied under test/fixtures/kibana-openapi/).
export type {
  ContractRequest,
  ContractResponse,
  ContractResult,
  QueryValue,
} from './contract_validator';
export { ContractValidator, loadContractValidator } from './contract_validator';
export type { HttpMethod, Operation } from './operations';
export { KNOWN_CONTRACT_GAPS } from './operations';
export { isDateMath } from './formats';
