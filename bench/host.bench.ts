// Benchmark of the standalone host as a user runs it (`ssm-recon-rule serve`, its own process): the upstream
// requests each route makes (counted by the test stack's proxy in front of Elasticsearch and Kibana), and the host's resident memory
// idle and while many panels refresh at once. Run by `bench/run.ts`, which provides the engine and the emulator.
import { readFileSync } from 'node:fs';
import { isRight } from 'fp-ts/Either';
import { API_VERSION } from '../common/constants';
import { pluginRoutes, type Codec } from '../server/routes';
import { startServeProcess } from '../test/support/browser/serve_process';
import { DEMO_PASSWORD } from '../test/stack/kibana';
import { startFaultProxy } from '../test/stack/fault/fault_proxy';

export interface RouteRequests {
  route: string;
  elasticsearch: number;
  kibana: number;
}

export interface HostBenchSample {
  routes: RouteRequests[];
  idleMb: number;
  /** Peak resident memory while `panels` panels refresh in a loop. */
  loadedMb: number;
  panels: number;
  /** Panel refreshes completed during the load (each: every read route once). */
  refreshes: number;
}

/** The routes a panel refresh calls and that answer the empty input, plus `deploy {}` (a no-op once up to date). */
function measurableRoutes(): Array<{ method: 'get' | 'post'; path: string; readsOnly: boolean }> {
  return pluginRoutes.flatMap((route) => {
    const accepts = (codec: Codec<unknown> | undefined) => !codec || isRight(codec.decode({}));
    const emptyInputOk = route.method === 'get' ? accepts(route.query) : accepts(route.body);
    const readsOnly = route.access === 'read';
    if (!emptyInputOk || (!readsOnly && !route.path.endsWith('/deploy'))) return [];
    return [{ method: route.method, path: route.path, readsOnly }];
  });
}

/** Resident set size of a process, in MB (Linux /proc). */
function residentMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Math.round((Number(line[1]) / 1024) * 10) / 10;
}

export async function measureHost(args: {
  elasticsearchUrl: string;
  kibanaUrl: string;
  spaceId: string;
  panels: number;
  loadSeconds: number;
}): Promise<HostBenchSample> {
  // Proxies that only count: what each route sends upstream.
  const [es, kibana] = await Promise.all([
    startFaultProxy(args.elasticsearchUrl),
    startFaultProxy(args.kibanaUrl),
  ]);
  const host = await startServeProcess([
    '--elasticsearch-url',
    es.url,
    '--kibana-url',
    kibana.url,
    '--space',
    args.spaceId,
    '--port',
    '0',
  ]);
  const authorization = `Basic ${Buffer.from(`elastic:${DEMO_PASSWORD}`).toString('base64')}`;
  const call = async (route: { method: 'get' | 'post'; path: string }): Promise<void> => {
    const answer = await fetch(`${host.url}${route.path}`, {
      method: route.method.toUpperCase(),
      headers: {
        authorization,
        // What Kibana's own browser client sends to an internal versioned route.
        'kbn-xsrf': 'bench',
        'x-elastic-internal-origin': 'Kibana',
        'elastic-api-version': API_VERSION,
        ...(route.method === 'post' ? { 'content-type': 'application/json' } : {}),
      },
      body: route.method === 'post' ? '{}' : undefined,
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${route.method} ${route.path}: ${answer.status} ${text}`);
  };
  try {
    const routes = measurableRoutes();
    // Warm-up: first calls compile code paths and fill per-space caches, as any long-running host has.
    for (const route of routes) await call(route);
    const counted: RouteRequests[] = [];
    for (const route of routes) {
      es.clearRequests();
      kibana.clearRequests();
      await call(route);
      counted.push({
        route: `${route.method.toUpperCase()} ${route.path}`,
        elasticsearch: es.requests().length,
        kibana: kibana.requests().length,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleMb = residentMb(host.pid);

    const reads = routes.filter((route) => route.readsOnly && route.method === 'get');
    let loadedMb = idleMb;
    let refreshes = 0;
    const until = Date.now() + args.loadSeconds * 1000;
    const sampler = setInterval(() => {
      loadedMb = Math.max(loadedMb, residentMb(host.pid));
    }, 100);
    try {
      await Promise.all(
        Array.from({ length: args.panels }, async () => {
          while (Date.now() < until) {
            await Promise.all(reads.map(call));
            refreshes += 1;
          }
        }),
      );
    } finally {
      clearInterval(sampler);
    }
    return { routes: counted, idleMb, loadedMb, panels: args.panels, refreshes };
  } finally {
    await host.stop();
    await Promise.all([es.close(), kibana.close()]);
  }
}
