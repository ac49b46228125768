// Integration: `npm start` with a small data set prints its ready line, serves the panel and its API (each caller
// logs in), stops everything on SIGINT keeping the data, and a second start reuses that data instead of loading it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { basicAuthorization } from '../stack/kibana';
import { spawnEntry, type SpawnedEntry } from '../stack/cli/spawned_entry';

// A busy two-core machine can take minutes to build the panel, start a JVM and load data.
const READY_TIMEOUT_MS = 8 * 60_000;
const STOP_TIMEOUT_MS = 60_000;
const READY_LINE =
  /^Sandbox ready at (http:\/\/127\.0\.0\.1:\d+) — .*elastic.*analyst.*nologs.*changeme/;

let cacheDir: string;
let running: SpawnedEntry | undefined;

const start = (): SpawnedEntry =>
  spawnEntry('scripts/sandbox.ts', [
    '--days',
    '2',
    '--events-per-day',
    '300',
    '--port',
    '0',
    '--heap',
    '512m',
    '--cache-dir',
    cacheDir,
  ]);

async function readyUrl(sandbox: SpawnedEntry): Promise<string> {
  const line = await sandbox.waitForLine(READY_LINE, READY_TIMEOUT_MS);
  return (READY_LINE.exec(line) as RegExpExecArray)[1];
}

beforeAll(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-it-'));
});

afterAll(() => {
  running?.kill();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('npm start (the sandbox)', () => {
  it(
    'serves the panel and its API, then stops on SIGINT leaving only its data behind',
    async () => {
      const sandbox = (running = start());
      const url = await readyUrl(sandbox);
      expect(sandbox.lines).toHaveLength(1);

      const page = await fetch(`${url}/`, {
        headers: { authorization: basicAuthorization('elastic') },
      });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('id="ssm-recon-root"');
      expect((await fetch(`${url}/`)).status).toBe(401);

      const readiness = await fetch(`${url}/internal/ssm_recon_rule/readiness`, {
        headers: {
          authorization: basicAuthorization('analyst'),
          'elastic-api-version': '1',
          'x-elastic-internal-origin': 'Kibana',
        },
      });
      expect(readiness.status).toBe(200);
      const body = (await readiness.json()) as {
        patterns: Array<{ pattern: string; documentsInHistoryWindow: number }>;
      };
      const cloudtrail = body.patterns.find((p) => p.pattern === 'logs-aws.cloudtrail-*');
      expect(cloudtrail?.documentsInHistoryWindow).toBeGreaterThan(2 * 300);

      expect(fs.readFileSync(path.join(cacheDir, 'sandbox.pid'), 'utf8').trim()).toMatch(/^\d+$/);
      expect(await sandbox.stop('SIGINT', STOP_TIMEOUT_MS)).toBe(0);
      await expect(fetch(`${url}/`)).rejects.toThrow();
      expect(fs.readdirSync(cacheDir).sort()).toEqual(['data.json', 'engine', 'ui']);
      const marker = JSON.parse(fs.readFileSync(path.join(cacheDir, 'data.json'), 'utf8')) as {
        generator: unknown;
        generatedAt: string;
        dataUntil: string;
      };
      expect(marker.generator).toEqual({ seed: 'ssm-recon', days: 2, eventsPerDay: 300 });
      // The live trickle may not have ticked yet in a short run: the data reaches at least the generation time.
      expect(Date.parse(marker.dataUntil)).toBeGreaterThanOrEqual(Date.parse(marker.generatedAt));
    },
    READY_TIMEOUT_MS + STOP_TIMEOUT_MS + 30_000,
  );

  it(
    'reuses the loaded data on a second start',
    async () => {
      const sandbox = (running = start());
      const url = await readyUrl(sandbox);
      expect(sandbox.stderrTail()).toMatch(/\[data\] reusing [\d,]+ documents/);
      expect(sandbox.stderrTail()).not.toMatch(/\[data\] generating/);
      const page = await fetch(`${url}/`, {
        headers: { authorization: basicAuthorization('analyst') },
      });
      expect(page.status).toBe(200);
      expect(await sandbox.stop('SIGTERM', STOP_TIMEOUT_MS)).toBe(0);
    },
    READY_TIMEOUT_MS + STOP_TIMEOUT_MS + 30_000,
  );
});
