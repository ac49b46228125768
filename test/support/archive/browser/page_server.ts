// Serves the test page like Kibana serves its app pages: the page and bootstrap.js, the shared-deps and core
// scripts, the plugin's bundle directory (target/public, as Kibana's bundle route does, with Kibana's default
// script CSP), and forwards the plugin's API calls to a host serving its routes.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { bootstrapScript } from './bootstrap_script';
import type { PageAssets } from './page_assets';

export interface PageServerOptions {
  pluginId: string;
  kibanaVersion: string;
  /** The installed plugin's target/public directory. */
  pluginPublicDir: string;
  assets: PageAssets;
  /** Where `/internal/*` requests go (the plugin's routes). */
  apiUrl: string;
}

export interface PageServer {
  url: string;
  appUrl: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

const BUILD = '/1/bundles';
const CSP = [
  "script-src 'report-sample' 'self'",
  "worker-src 'report-sample' 'self' blob:",
  "style-src 'report-sample' 'self' 'unsafe-inline'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

function pageHtml(pluginId: string, kibanaVersion: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Elastic</title><script src="/bootstrap.js"></script></head>
  <body data-plugin-id="${pluginId}" data-kibana-version="${kibanaVersion}"><div id="app"></div></body>
</html>
`;
}

export async function startPageServer(options: PageServerOptions): Promise<PageServer> {
  const { pluginId, kibanaVersion, pluginPublicDir, assets } = options;
  const pluginPath = `${BUILD}/plugin/${pluginId}/${kibanaVersion}/`;
  const bootstrap = bootstrapScript({
    publicPathMap: { core: `${BUILD}/core/`, [pluginId]: pluginPath },
    scripts: [
      `${BUILD}/kbn-ui-shared-deps-src/kbn-ui-shared-deps-src.js`,
      `${BUILD}/core/core.entry.js`,
      `${pluginPath}${pluginId}.plugin.js`,
    ],
  });
  const api = new URL(options.apiUrl);
  const requests: string[] = [];

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://page');
    requests.push(url.pathname);
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP });
      res.end(body);
    };
    const sendFile = async (file: string) => {
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return send(404, 'text/plain', 'Not Found');
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
      });
      createReadStream(file).pipe(res);
    };
    if (url.pathname.startsWith('/internal/')) {
      const forwarded = httpRequest(
        {
          host: api.hostname,
          port: api.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: api.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forwarded.on('error', () => send(502, 'text/plain', 'Bad Gateway'));
      req.pipe(forwarded);
      return;
    }
    if (url.pathname === `/app/${pluginId}`) {
      return send(200, 'text/html; charset=utf-8', pageHtml(pluginId, kibanaVersion));
    }
    if (url.pathname === '/bootstrap.js') return send(200, TYPES['.js'], bootstrap);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === `${BUILD}/kbn-ui-shared-deps-src/kbn-ui-shared-deps-src.js`) {
      return void sendFile(assets.sharedDeps);
    }
    if (url.pathname === `${BUILD}/core/core.entry.js`) return void sendFile(assets.core);
    if (url.pathname.startsWith(pluginPath)) {
      const file = path.resolve(
        pluginPublicDir,
        decodeURIComponent(url.pathname.slice(pluginPath.length)),
      );
      if (!file.startsWith(`${pluginPublicDir}${path.sep}`))
        return send(403, 'text/plain', 'Forbidden');
      return void sendFile(file);
    }
    send(404, 'text/plain', 'Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    appUrl: `${url}/app/${pluginId}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
