// The machine-readable lines `npm run stack` prints on stdout once everything answers, READY last.
import type { RunningStack } from './start_stack';

export function stackLines(
  stack: Pick<RunningStack, 'opensearchUrl' | 'elasticsearchUrl' | 'kibanaUrl' | 'enginePid'>,
): string[] {
  return [
    `OPENSEARCH_URL=${stack.opensearchUrl}`,
    `ELASTICSEARCH_URL=${stack.elasticsearchUrl}`,
    `KIBANA_URL=${stack.kibanaUrl}`,
    `OPENSEARCH_PID=${stack.enginePid}`,
    'READY',
  ];
}
