// A fault-injecting HTTP proxy for the test stack: placed in front of the search engine or the Kibana emulator,
// it forwards every request unchanged until a fault is set, then answers the matching requests with that fault
// (refused connections, resets, error statuses, garbage, slowness) the way a failing upstream would.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const FAULTS = [
  'refused',
  'reset',
  '500',
  '502',
  '503',
  '429',
  'malformed',
  'truncated',
  'slow',
  '401',
  '403',
  '404',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultOptions {
  /** Which requests suffer the fault (default: all). */
  match?: (method: string, path: string) => boolean;
  /** Only the first `times` matching requests suffer it (default: every one). */
  times?: number;
  /** How long `slow` waits before answering (default: 3 s). */
  delayMs?: number;
  /** `Retry-After` sent with 429 and 503, in seconds (default: 1). */
  retryAfterSeconds?: number;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The credentials it carried, so tests can tell whose identity each upstream call used. */
  authorization: string | undefined;
  /** The fault it met, or null when it was forwarded. */
  fault: Fault | null;
}

export interface FaultProxy {
  url: string;
  /** From now on, matching requests meet `fault`; `null` forwards everything again. */
  setFault(fault: Fault | null, options?: FaultOptions): Promise<void>;
  /** Holds every forwarded answer until `ms` after its request arrived (a distant cluster); 0 turns it off. */
  setLatency(ms: number): void;
  /** Every request that reached the proxy since the last clear. */
  requests(): ProxiedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

/** What an upstream says with each error status, in the error shape both Kibana and Elasticsearch use. */
function errorBody(status: number): string {
  const reasons: Record<number, string> = {
    401: 'unable to authenticate user',
    403: 'action is unauthorized for user',
    404: 'Not Found',
    429: 'rejected execution: too many requests',
    500: 'internal failure injected by the fault proxy',
    502: 'bad gateway injected by the fault proxy',
    503: 'service unavailable injected by the fault proxy',
  };
  return JSON.stringify({
    statusCode: status,
    error: { type: 'injected_fault', reason: reasons[status] },
    message: reasons[status],
  });
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  let fault: Fault | null = null;
  let options: FaultOptions = {};
  let remaining = Infinity;
  let latencyMs = 0;
  let log: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function faultFor(method: string, path: string): Fault | null {
    if (!fault || remaining <= 0) return null;
    if (options.match && !options.match(method, path)) return null;
    remaining -= 1;
    return fault;
  }

  /** Forwards the request; `onAnswer` decides how the upstream's answer reaches the caller. */
  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    onAnswer: (answer: IncomingMessage, body: Buffer) => void,
  ): void {
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => onAnswer(answer, Buffer.concat(chunks)));
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }

  function sendStatus(res: ServerResponse, status: number): void {
    const body = errorBody(status);
    const retryAfter =
      status === 429 || status === 503
        ? { 'retry-after': String(options.retryAfterSeconds ?? 1) }
        : {};
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-elastic-product': 'Elasticsearch',
      ...retryAfter,
    });
    res.end(body);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const met = faultFor(method, path);
    log.push({ method, path, authorization: req.headers.authorization, fault: met });
    const arrived = Date.now();
    switch (met) {
      case null:
        forward(req, res, (answer, body) => {
          const send = () => {
            if (res.destroyed) return;
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(body);
          };
          const wait = latencyMs - (Date.now() - arrived);
          if (wait <= 0) return send();
          const timer = setTimeout(() => {
            timers.delete(timer);
            send();
          }, wait);
          timers.add(timer);
        });
        return;
      case 'reset':
        // Headers and half the body, then the connection dies.
        forward(req, res, (answer, body) => {
          const headers = { ...answer.headers };
          delete headers['content-length'];
          res.writeHead(answer.statusCode ?? 200, headers);
          res.write(body.subarray(0, Math.floor(body.length / 2)));
          setImmediate(() => res.socket?.destroy());
        });
        return;
      case 'truncated':
        // A complete HTTP answer whose JSON stops halfway.
        forward(req, res, (answer, body) => {
          const half = body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
          const headers = { ...answer.headers, 'content-length': String(half.length) };
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 200, headers);
          res.end(half);
        });
        return;
      case 'malformed': {
        req.resume();
        const body = '{"took": 3, "hits": <html>oops</html>';
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-elastic-product': 'Elasticsearch',
        });
        res.end(body);
        return;
      }
      case 'slow': {
        req.resume();
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) sendStatus(res, 503);
        }, options.delayMs ?? 3_000);
        timers.add(timer);
        return;
      }
      case 'refused':
        // Only reached by a connection opened before the fault was set.
        req.socket.destroy();
        return;
      default:
        req.resume();
        sendStatus(res, Number(met));
    }
  }

  const server: Server = createServer(handle);
  server.keepAliveTimeout = 500;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server.listening) resolve();
      else server.close(() => resolve());
    });

  const port = await listen(0);
  return {
    url: `http://127.0.0.1:${port}`,
    async setFault(next, nextOptions = {}) {
      // A refused connection is the real thing: nothing listens on the port while the fault holds.
      if (next === 'refused' && server.listening) await stopListening();
      if (next !== 'refused' && !server.listening) await listen(port);
      fault = next;
      options = nextOptions;
      remaining = nextOptions.times ?? Infinity;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    requests: () => [...log],
    clearRequests: () => {
      log = [];
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stopListening();
    },
  };
}
