// The slice of the Elasticsearch client readiness uses (the official client satisfies it; tests pass fakes).
import type { estypes } from '@elastic/elasticsearch';

export interface ReadinessEsClient {
  indices: {
    resolveIndex(
      params: estypes.IndicesResolveIndexRequest,
    ): Promise<estypes.IndicesResolveIndexResponse>;
  };
  fieldCaps(params: estypes.FieldCapsRequest): Promise<estypes.FieldCapsResponse>;
  msearch(params: estypes.MsearchRequest): Promise<estypes.MsearchResponse>;
}
