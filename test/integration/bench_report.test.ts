// The benchmark cannot rot: its quick mode runs end to end (its own engine, the emulator, the standalone host, the
// sandbox) at tiny sizes and writes a report carrying every figure under its documented key.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isAlive, spawnEntry } from '../stack/cli/spawned_entry';

const NUMERIC_KEYS = [
  'readiness.p50_ms_200k',
  'readiness.p50_ms_2m',
  'readiness.ratio',
  'status.p50_ms',
  'status.fanout_ratio',
  'alerts.p50_ms',
  'backtest.p50_ms_200k',
  'backtest.p50_ms_2m',
  'backtest.ratio',
  'backtest.replay_ratio',
  'bulk.docs_per_s',
  'sandbox.start_s',
  'bundle.page_load_gzip_bytes',
  'bundle.app_chunk_gzip_bytes',
  'memory.host_idle_mb',
  'memory.host_loaded_mb',
] as const;

function at(report: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (value, part) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined,
      report,
    );
}

describe('npm run bench -- --quick', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'bench-report-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it(
    'measures every figure and writes report.json and report.md',
    async () => {
      // Its own engine: the benchmark loads data into the index the other suites read.
      const env: NodeJS.ProcessEnv = { ...process.env, BENCH_SIZES: '3000,9000', BENCH_RUNS: '20' };
      delete env.ENGINE_URL;
      const bench = spawnEntry('bench/run.ts', ['--quick', '--out', out], env);
      try {
        await bench.waitForLine(/^written: /, 15 * 60_000);
        for (let waited = 0; waited < 60_000 && isAlive(bench.pid); waited += 100) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await bench.stop('SIGTERM', 1000)).toBe(0);
      } finally {
        bench.kill();
      }

      const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as unknown;
      for (const key of NUMERIC_KEYS) {
        const value = at(report, key);
        expect({ key, finite: typeof value === 'number' && Number.isFinite(value) }).toEqual({
          key,
          finite: true,
        });
      }
      expect(at(report, 'mode')).toBe('quick');
      expect(at(report, 'engine')).toMatch(/^(Elasticsearch|OpenSearch) \d+\.\d+\.\d+$/);
      expect(at(report, 'machine')).toMatch(/\d+ × .+, \d+ GiB/);
      expect(at(report, 'runs')).toBe(20);
      // Each read route a panel calls is counted, and the status fan-out injected a real delay.
      const routes = (at(report, 'upstream_requests') as Array<{ route: string }>).map(
        (r) => r.route,
      );
      expect(routes).toEqual(
        expect.arrayContaining([
          'GET /internal/ssm_recon_rule/status',
          'GET /internal/ssm_recon_rule/readiness',
          'GET /internal/ssm_recon_rule/alerts',
        ]),
      );
      expect(at(report, 'status.delayed_p50_ms')).toBeGreaterThanOrEqual(200);
      expect(at(report, 'memory.host_loaded_mb')).toBeGreaterThanOrEqual(
        at(report, 'memory.host_idle_mb') as number,
      );

      const markdown = readFileSync(path.join(out, 'report.md'), 'utf8');
      expect(markdown).toContain('# Benchmark report');
      const small = (at(report, 'sizes.small_docs') as number).toLocaleString('en');
      expect(markdown).toContain(`| status, ${small} docs | ${at(report, 'status.p50_ms')} ms |`);
      expect(markdown).toContain(`fan-out ratio ${at(report, 'status.fanout_ratio')}`);
    },
    20 * 60_000,
  );
});
