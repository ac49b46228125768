// The rule's query as the detection engine runs it: KQL translated with the field types the matched
// indices map (from field_caps), through the project's KQL translator.
import type { Client } from '@elastic/elasticsearch';

export type EsQuery = Record<string, unknown>;

export interface RuleQueryRequest {
  esClient: Client;
  indices: string[];
  query: string;
  language: string;
  filters: unknown[];
}

export type RuleQueryBuilder = (request: RuleQueryRequest) => Promise<EsQuery>;
