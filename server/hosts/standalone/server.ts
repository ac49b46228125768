// The standalone host: the plugin's routes and browser app on a plain Node HTTP server, for clusters where the
// plugin cannot be installed into Kibana. Same paths, same headers rules, the caller's credentials.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorBody } from '../../../common/api';
import { API_PREFIX } from '../../../common/constants';
import { HttpError, toErrorBody } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { AnyRouteDefinition } from '../../routes';
import { decodeRouteInput, runRoute } from '../../routes/run_route';
import {
  ACCESS_TOKEN_COOKIE,
  ACCESS_TOKEN_QUERY,
  allowedHostnames,
  cookieToken,
  crossOriginWrite,
  hostAllowed,
  isLoopback,
  presentsToken,
  tokenMatches,
} from './access_token';
import { checkKibanaRouteRules } from './kibana_route_rules';
import { serveStatic } from './static_files';

const MAX_BODY_BYTES = 1024 * 1024;
/** No request body of ours nests deeper; a deeper one is hostile and would exhaust the stack while decoding. */
const MAX_JSON_DEPTH = 32;

/**
 * Sent with every answer: the page runs only its own scripts (EUI's runtime styles need inline styles), is never
 * framed, and leaks no URL (with an access token in it) to the sites it links to.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
    "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};
export const UI_CONFIG_PATH = '/ui-config.json';

export interface StandaloneServerOptions<Ctx> {
  host: string;
  port: number;
  routes: AnyRouteDefinition<Ctx>[];
  /**
   * Builds the services' context acting with exactly this `Authorization` header value; `signal` is aborted when
   * the caller goes away before the answer.
   */
  createContext(authorization: string, signal: AbortSignal): Promise<Ctx>;
  /** Used when a request brings no `Authorization` of its own (configured API key or user). */
  defaultAuthorization?: string;
  /** Required to listen on anything but loopback. */
  accessToken?: string;
  /** Host names callers may address besides loopback and the bound address (e.g. a DNS name in front of it). */
  allowedHosts?: readonly string[];
  /** Time to receive a whole request (headers and body); a client that stops sending gets 408. */
  requestTimeoutMs?: number;
  /** Directory of the built browser app; null serves the API only. */
  uiDir: string | null;
  /** Handed to the browser app at UI_CONFIG_PATH (no secrets). */
  uiConfig: Record<string, unknown>;
  logger: Logger;
}

export interface StandaloneServer {
  url: string;
  close(): Promise<void>;
}

export function assertSafeBinding(host: string, accessToken: string | undefined): void {
  if (!isLoopback(host) && !accessToken) {
    throw new Error(
      `Refusing to listen on ${host} without an access token: anyone who can reach it would act with the ` +
        'configured credentials. Set --access-token (or SSM_RECON_ACCESS_TOKEN), or bind 127.0.0.1.',
    );
  }
}

function sendJson(
  res: ServerResponse,
  statusCode: number,
  body: unknown,
  extra: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(statusCode, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(text);
}

/** `/` without a built panel: a page saying so and how to fix it, never a bare JSON 404. */
const PANEL_MISSING_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>AWS SSM Recon Rule · panel not built</title></head>
  <body style="font-family: sans-serif; padding: 48px; max-width: 640px">
    <h1>The panel is not built</h1>
    <p>This host serves the panel's API, but its page has not been built. In the package's directory run
    <code>npm run build:ui</code>, then restart <code>ssm-recon-rule serve</code>.</p>
  </body>
</html>
`;

function sendPanelMissing(res: ServerResponse) {
  res.writeHead(503, {
    ...SECURITY_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(PANEL_MISSING_PAGE),
    'cache-control': 'no-store',
  });
  res.end(PANEL_MISSING_PAGE);
}

function sendError(res: ServerResponse, error: unknown, extra: Record<string, string> = {}) {
  const body: ApiErrorBody = toErrorBody(error);
  sendJson(res, body.statusCode, body, extra);
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body is larger than 1 MB.');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new HttpError(400, `Invalid JSON body: nested more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `Invalid JSON body: ${(error as Error).message}`);
  }
}

/** The deepest nesting of arrays and objects in JSON text, counting brackets outside strings. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth -= 1;
  }
  return deepest;
}

function queryObject(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = value;
  return query;
}

const BASIC_CHALLENGE = { 'www-authenticate': 'Basic realm="ssm-recon-rule", charset="UTF-8"' };

export async function startStandaloneServer<Ctx>(
  options: StandaloneServerOptions<Ctx>,
): Promise<StandaloneServer> {
  assertSafeBinding(options.host, options.accessToken);
  const allowedHosts = allowedHostnames(
    options.host,
    options.allowedHosts ?? [],
    options.accessToken,
  );
  const routes = new Map(
    options.routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route]),
  );

  function authorizationOf(req: IncomingMessage): string | undefined {
    const own = req.headers.authorization;
    return typeof own === 'string' && own !== '' ? own : options.defaultAuthorization;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    // Credentials first: a caller without any learns nothing, not even which routes exist.
    const authorization = authorizationOf(req);
    if (!authorization) {
      sendError(
        res,
        new HttpError(401, 'Authentication required: send basic credentials or an API key.'),
        BASIC_CHALLENGE,
      );
      return;
    }
    const route = routes.get(`${method} ${url.pathname}`);
    if (!route) {
      sendError(res, new HttpError(404, `Not Found: ${method} ${url.pathname}`));
      return;
    }
    checkKibanaRouteRules(method, url.pathname, req.headers);
    // A closed page, a cancelled fetch or Ctrl-C closes the connection before the answer: the services stop
    // their upstream work (a backtest's searches) rather than run on for nobody.
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const body = method === 'GET' ? undefined : await readJsonBody(req);
    const outcome = await runRoute(
      route,
      () => decodeRouteInput(route, { query: queryObject(url), body }),
      () => options.createContext(authorization, gone.signal),
      options.logger,
    );
    if (gone.signal.aborted) return;
    sendJson(
      res,
      outcome.statusCode,
      outcome.body,
      outcome.statusCode === 401 ? BASIC_CHALLENGE : {},
    );
  }

  async function handleUi(res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === UI_CONFIG_PATH) {
      sendJson(res, 200, options.uiConfig);
      return;
    }
    if (!options.uiDir && !url.pathname.includes('.')) {
      sendPanelMissing(res);
      return;
    }
    if (
      !options.uiDir ||
      !(await serveStatic(options.uiDir, url.pathname, res, SECURITY_HEADERS))
    ) {
      // Client-side routes fall back to the app's page.
      if (
        options.uiDir &&
        !url.pathname.includes('.') &&
        (await serveStatic(options.uiDir, '/', res, SECURITY_HEADERS))
      )
        return;
      sendError(res, new HttpError(404, `Not Found: ${url.pathname}`));
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Before anything else: a page on another name (DNS rebinding) gets nothing, not even the app.
    if (!hostAllowed(req.headers.host, allowedHosts)) {
      sendError(
        res,
        new HttpError(
          403,
          'This host does not answer to that name. Use the address it printed, or start it with ' +
            '--allowed-hosts naming the host you use.',
        ),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && crossOriginWrite(req)) {
      sendError(res, new HttpError(403, 'Cross-origin requests may not change anything here.'));
      return;
    }
    const url = new URL(req.url ?? '/', 'http://standalone.local');
    if (options.accessToken) {
      const fromQuery = url.searchParams.get(ACCESS_TOKEN_QUERY);
      if (fromQuery !== null && tokenMatches(options.accessToken, fromQuery)) {
        url.searchParams.delete(ACCESS_TOKEN_QUERY);
        // Same-site only: a path starting `//` would be another host to the browser.
        const location = `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`;
        // Behind a TLS-terminating proxy the cookie must never travel over plain HTTP.
        const secure = req.headers['x-forwarded-proto'] === 'https' ? '; Secure' : '';
        res.writeHead(303, {
          ...SECURITY_HEADERS,
          location,
          'set-cookie': `${ACCESS_TOKEN_COOKIE}=${cookieToken(options.accessToken)}; HttpOnly; SameSite=Strict; Path=/${secure}`,
        });
        res.end();
        return;
      }
      if (!presentsToken(req, options.accessToken)) {
        sendError(res, new HttpError(401, 'This host requires its access token.'));
        return;
      }
    }
    if (url.pathname.startsWith(`${API_PREFIX}/`)) {
      await handleApi(req, res, url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, new HttpError(404, `Not Found: ${req.method} ${url.pathname}`));
      return;
    }
    // The page itself asks for credentials when none are configured, so the browser sends them on every call.
    if (!authorizationOf(req)) {
      sendError(res, new HttpError(401, 'Authentication required.'), BASIC_CHALLENGE);
      return;
    }
    await handleUi(res, url);
  }

  const requestTimeout = options.requestTimeoutMs ?? 15_000;
  const server: Server = createServer(
    {
      requestTimeout,
      headersTimeout: requestTimeout,
      // How often Node looks for requests past their time (its default, 30 s, would let one hang that long).
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, requestTimeout / 2)),
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        if (!(error instanceof HttpError))
          options.logger.error(`standalone host: ${String(error)}`);
        if (!res.headersSent) sendError(res, error);
        else res.destroy();
      });
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostForUrl}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
