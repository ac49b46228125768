// The machine-readable lines `npm run stack` prints on stdout once everything answers, READY last.
import type { RunningStack } from './start_stack';

// OPENSEARCH_URL= and OPENSEARCH_PID= keep their meaning for the OpenSearch engine only.
export function stackLines(
  stack: Pick<
    RunningStack,
    'engine' | 'engineVersion' | 'engineUrl' | 'elasticsearchUrl' | 'kibanaUrl' | 'enginePid'
  >,
): string[] {
  const opensearch = stack.engine === 'opensearch';
  return [
    `ENGINE=${stack.engine} ${stack.engineVersion}`,
    `ENGINE_URL=${stack.engineUrl}`,
    ...(opensearch ? [`OPENSEARCH_URL=${stack.engineUrl}`] : []),
    `ELASTICSEARCH_URL=${stack.elasticsearchUrl}`,
    `KIBANA_URL=${stack.kibanaUrl}`,
    `ENGINE_PID=${stack.enginePid}`,
    ...(opensearch ? [`OPENSEARCH_PID=${stack.enginePid}`] : []),
    'READY',
  ];
}
