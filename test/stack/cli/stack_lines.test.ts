// Unit tests of the lines `npm run stack` prints: ENGINE and ENGINE_URL always, the OpenSearch names only for it.
import { stackLines } from './stack_lines';

const base = {
  engineVersion: '8.19.0',
  engineUrl: 'http://127.0.0.1:1',
  elasticsearchUrl: 'http://127.0.0.1:2',
  kibanaUrl: 'http://127.0.0.1:3',
  enginePid: 42,
};

describe('stackLines', () => {
  it('names Elasticsearch and its raw URL, READY last', () => {
    expect(stackLines({ ...base, engine: 'elasticsearch' })).toEqual([
      'ENGINE=elasticsearch 8.19.0',
      'ENGINE_URL=http://127.0.0.1:1',
      'ELASTICSEARCH_URL=http://127.0.0.1:2',
      'KIBANA_URL=http://127.0.0.1:3',
      'ENGINE_PID=42',
      'READY',
    ]);
  });

  it('keeps OPENSEARCH_URL and OPENSEARCH_PID for OpenSearch', () => {
    const lines = stackLines({ ...base, engine: 'opensearch', engineVersion: '2.19.6' });
    expect(lines[0]).toBe('ENGINE=opensearch 2.19.6');
    expect(lines).toContain('OPENSEARCH_URL=http://127.0.0.1:1');
    expect(lines).toContain('OPENSEARCH_PID=42');
    expect(lines.at(-1)).toBe('READY');
  });
});
