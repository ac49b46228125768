// Loopback HTTP proxy that makes OpenSearch look like Elasticsearch to an unmodified official client: plain media
// types upstream, field_caps `fields` moved to the query string, `x-elastic-product: Elasticsearch` on responses.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { isFieldCapsPath, mergeFieldsParam, splitFieldsFromBody } from './field_caps_fields';
import { toPlainMediaType } from './media_types';

export interface CompatProxy {
  /** `http://127.0.0.1:<port>`: give it to `new Client({ node })`. */
  url: string;
  stop(): Promise<void>;
}

// Connection-level headers are the proxy's own business on each side.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
]);

/** Starts the proxy on a free loopback port in front of `targetUrl` (an OpenSearch HTTP endpoint). */
export async function startCompatProxy(targetUrl: string): Promise<CompatProxy> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

  const server = http.createServer((req, res) => {
    forward(req, res, target, agent).catch((error: unknown) => {
      sendProxyError(res, error);
    });
  });
  // The client keeps sockets alive; without this a stop would wait for them to time out.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      });
      return stopped;
    },
  };
}

async function forward(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  target: URL,
  agent: http.Agent,
): Promise<void> {
  const headers = upstreamHeaders(req.headers);
  let path = req.url ?? '/';
  let method = req.method ?? 'GET';
  let body: Buffer | undefined;
  let bodyRead = false;

  if (isFieldCapsPath(path) && method !== 'GET' && method !== 'HEAD') {
    // Only field_caps bodies need reading; everything else streams through untouched.
    const rewritten = rewriteFieldCaps(path, await readBody(req, headers));
    bodyRead = true;
    path = rewritten.path;
    body = rewritten.body;
    method = body === undefined ? 'GET' : method;
    delete headers['content-encoding'];
    if (body === undefined) {
      delete headers['content-length'];
      delete headers['content-type'];
    } else {
      headers['content-length'] = String(body.length);
    }
  }

  const upstream = http.request({
    agent,
    protocol: target.protocol,
    hostname: target.hostname,
    port: target.port,
    method,
    path,
    headers,
  });
  upstream.on('response', (upstreamRes) => {
    const responseHeaders: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(upstreamRes.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) {
        responseHeaders[name] = value;
      }
    }
    responseHeaders['x-elastic-product'] = 'Elasticsearch';
    res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, responseHeaders);
    upstreamRes.pipe(res);
  });
  upstream.on('error', (error) => sendProxyError(res, error));

  if (bodyRead) {
    upstream.end(body);
  } else {
    req.pipe(upstream);
  }
}

function upstreamHeaders(incoming: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'host') {
      continue;
    }
    headers[name] =
      name === 'content-type' || name === 'accept' ? rewriteMediaHeader(value) : value;
  }
  return headers;
}

function rewriteMediaHeader(value: string | string[]): string | string[] {
  return Array.isArray(value) ? value.map(toPlainMediaType) : toPlainMediaType(value);
}

async function readBody(
  req: http.IncomingMessage,
  headers: http.OutgoingHttpHeaders,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks);
  return headers['content-encoding'] === 'gzip' && raw.length > 0 ? gunzipSync(raw) : raw;
}

/** Moves `fields` from a field_caps JSON body into the query string; unparsable bodies pass unchanged. */
export function rewriteFieldCaps(path: string, body: Buffer): { path: string; body?: Buffer } {
  if (body.length === 0) {
    return { path };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { path, body };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { path, body };
  }
  const { fields, rest } = splitFieldsFromBody(parsed as Record<string, unknown>);
  if (fields === undefined) {
    return { path, body };
  }
  const url = new URL(path, 'http://upstream.invalid');
  url.searchParams.set(
    'fields',
    mergeFieldsParam(url.searchParams.get('fields') ?? undefined, fields),
  );
  return {
    path: `${url.pathname}${url.search}`,
    body: rest === undefined ? undefined : Buffer.from(JSON.stringify(rest)),
  };
}

function sendProxyError(res: http.ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const reason = error instanceof Error ? error.message : String(error);
  res.writeHead(502, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { type: 'compat_proxy_error', reason }, status: 502 }));
}
