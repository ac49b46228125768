// The body `POST /api/detection_engine/signals/search` accepts: an Elasticsearch search over the space's alerts.
import type { estypes } from '@elastic/elasticsearch';

export type SignalsSearchBody = Pick<
  estypes.SearchRequest,
  | 'query'
  | 'aggs'
  | 'size'
  | 'sort'
  | '_source'
  | 'fields'
  | 'track_total_hits'
  | 'runtime_mappings'
>;

export type SignalsSearchResponse<
  TDocument = unknown,
  TAggregations = Record<string, estypes.AggregationsAggregate>,
> = estypes.SearchResponse<TDocument, TAggregations>;
