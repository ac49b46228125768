import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, SniffingTransport } from '@elastic/elasticsearch';
import { isReadRequest, withBusyRetries } from './busy_retry_transport';

describe('busy retries for Elasticsearch reads', () => {
  let server: Server;
  let url: string;
  const seen: string[] = [];
  let busyLeft = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      req.resume();
      if (busyLeft > 0) {
        busyLeft -= 1;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
        res.end(
          '{"error":{"type":"es_rejected_execution_exception","reason":"busy"},"status":429}',
        );
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-elastic-product': 'Elasticsearch',
      });
      res.end(
        '{"took":1,"timed_out":false,"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}',
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () => new Client({ node: url, Transport: withBusyRetries(SniffingTransport) });

  it('sends a search again after 429 until it succeeds, within the attempts allowed', async () => {
    seen.length = 0;
    busyLeft = 2;
    const es = client();
    await expect(es.search({ index: 'logs-*' })).resolves.toMatchObject({ took: 1 });
    expect(seen).toHaveLength(3);
    busyLeft = 5;
    await expect(es.search({ index: 'logs-*' })).rejects.toMatchObject({ statusCode: 429 });
    await es.close();
  });

  it('tells reads from writes', () => {
    expect(isReadRequest({ method: 'POST', path: '/logs-*/_search' })).toBe(true);
    expect(isReadRequest({ method: 'POST', path: '/_msearch' })).toBe(true);
    expect(isReadRequest({ method: 'GET', path: '/_resolve/index/logs-*' })).toBe(true);
    expect(isReadRequest({ method: 'POST', path: '/logs/_doc' })).toBe(false);
    expect(isReadRequest({ method: 'POST', path: '/_bulk' })).toBe(false);
  });
});
