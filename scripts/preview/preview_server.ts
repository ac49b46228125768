// Serves the built standalone page on 127.0.0.1 with sample route answers, to look at the panel without a
// cluster. The scenario comes from the page URL (`/?scenario=analyst`). Build first: npx tsx scripts/build_ui.ts
// Run: npx tsx scripts/preview/preview_server.ts [port]
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { ROUTES } from '../../common/api';
import type { RouteName } from '../../common/api';
import { CONFIG_PATH } from '../../public/standalone/config';
import { bundledNote } from '../../test/support/panel/bundled_note';
import { DEFAULT_UI_DIR } from '../../server/hosts/standalone/start_host';
import { PREVIEW_SCHEDULE_NOTES, previewScenarios } from './preview_scenarios';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};
/** Where Security links point in the preview (never contacted). */
export const PREVIEW_KIBANA_URL = 'https://kibana.example.com:5601';

export interface PreviewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

function scenarioOf(request: IncomingMessage): string {
  const referer = request.headers.referer;
  if (!referer) return 'admin';
  return new URL(referer).searchParams.get('scenario') ?? 'admin';
}

/** Serves the page built in `staticRoot` (default: where `npm run build:ui` writes it). */
export async function startPreviewServer(
  port = 0,
  staticRoot = DEFAULT_UI_DIR,
): Promise<PreviewServer> {
  const scenarios = previewScenarios(bundledNote());
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const route = Object.entries(ROUTES).find(([, path]) => path === url.pathname)?.[0] as
        RouteName | undefined;
      if (route) {
        if (
          request.headers['elastic-api-version'] !== '1' ||
          request.headers['x-elastic-internal-origin'] !== 'Kibana'
        ) {
          send(
            response,
            400,
            'application/json',
            JSON.stringify({
              statusCode: 400,
              error: 'Bad Request',
              message: 'Missing Kibana headers',
            }),
          );
          return;
        }
        const scenario = scenarios[scenarioOf(request)] ?? scenarios.admin;
        const reply = scenario[route]({ query: url.searchParams, body: await readBody(request) });
        send(response, reply.status, 'application/json', JSON.stringify(reply.body));
        return;
      }
      if (url.pathname === `/${CONFIG_PATH}`) {
        const scenario = scenarioOf(request);
        const theme = scenario === 'dark' ? 'dark' : 'light';
        const scheduleNote = PREVIEW_SCHEDULE_NOTES[scenario];
        send(
          response,
          200,
          'application/json',
          JSON.stringify({
            kibanaUrl: PREVIEW_KIBANA_URL,
            theme,
            ...(scheduleNote ? { scheduleNote } : {}),
          }),
        );
        return;
      }
      const relativePath = normalize(url.pathname === '/' ? '/index.html' : url.pathname).replace(
        /^(\.\.[/\\])+/,
        '',
      );
      try {
        const file = await readFile(join(staticRoot, relativePath));
        send(response, 200, TYPES[extname(relativePath)] ?? 'application/octet-stream', file);
      } catch {
        send(response, 404, 'text/plain', 'Not found');
      }
    })().catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (require.main === module) {
  startPreviewServer(Number(process.argv[2] ?? 5650)).then((preview) => {
    process.stdout.write(
      `Preview at ${preview.url}/?scenario=admin (also: ${Object.keys(previewScenarios('')).join(', ')})\n`,
    );
  });
}
