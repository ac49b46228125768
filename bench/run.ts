// `npm run bench`: loads generated CloudTrail data once, in two steps (BENCH_SIZES, default 200 000 then
// 2 000 000 documents in one index), and measures the readiness and status services at each size on the embedded
// engine: latency, the 2M/200k ratio (goal ≤ 1.5: cost independent of index size), upstream requests per call and
// whether they run in parallel. BENCH_RUNS (default 30) calls per measurement; OPENSEARCH_URL reuses an engine;
// BENCH_OUT=<file> also writes the JSON report there.
import { writeFileSync } from 'node:fs';
import { silentLogger } from '../server/lib/logger';
import { createDetectionEngineClient } from '../server/lib/detection_engine/client_from_credentials';
import { deployRule } from '../server/lib/deploy/deploy_rule';
import { loadBundledRule } from '../server/lib/rule_files';
import { startEngine } from '../test/stack/engine/launcher';
import { DEMO_PASSWORD, startEmulator } from '../test/stack/kibana';
import { benchEsClient, loadDocuments, sizesFromEnv } from './bench_data';
import { measureReadiness, type ReadinessBenchSample } from './readiness.bench';
import { measureStatus, type StatusBenchSample } from './status.bench';

const GOAL = 1.5;

function ratio(small: number, large: number): number {
  return Math.round((large / small) * 100) / 100;
}

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

function summary(
  name: string,
  samples: Array<{ documents: number; latency: { medianMs: number; p90Ms: number } }>,
  requests: string,
): number {
  const r = ratio(samples[0].latency.medianMs, samples[1].latency.medianMs);
  for (const s of samples) {
    line(
      `${name.padEnd(9)} ${String(s.documents).padStart(9)} docs: median ${s.latency.medianMs} ms, ` +
        `p90 ${s.latency.p90Ms} ms`,
    );
  }
  line(
    `${name.padEnd(9)} ratio large/small (median): ${r} — goal ≤ ${GOAL}: ${r <= GOAL ? 'met' : 'NOT met'}`,
  );
  line(`${name.padEnd(9)} ${requests}`);
  return r;
}

async function main(): Promise<void> {
  const [small, large] = sizesFromEnv();
  const runs = Number(process.env.BENCH_RUNS ?? 30);
  const engine = process.env.OPENSEARCH_URL ? null : await startEngine();
  const esClient = benchEsClient(process.env.OPENSEARCH_URL ?? engine?.url ?? '');
  const now = new Date();
  const emulator = await startEmulator({ esClient, prebuiltPackage: 'with-rule', now: () => now });
  try {
    const definition = (await loadBundledRule()).definition;
    const spaceId = 'bench';
    const readiness: ReadinessBenchSample[] = [];
    const status: StatusBenchSample[] = [];
    let documents = 0;
    for (const [step, target] of [small, large].entries()) {
      documents += await loadDocuments(esClient, `bench-${step}`, target - documents, now);
      if (step === 0) {
        const detectionEngine = createDetectionEngineClient({
          kibanaUrl: emulator.url,
          credentials: { username: 'elastic', password: DEMO_PASSWORD },
          spaceId,
        });
        const ctx = { detectionEngine, elasticsearch: esClient, rule: definition, spaceId };
        await deployRule({ ...ctx, logger: silentLogger, now: () => now }, { enable: true });
      }
      await emulator.runRules();
      readiness.push(await measureReadiness({ esClient, definition, documents, runs }));
      status.push(
        await measureStatus({
          kibanaUrl: emulator.url,
          spaceId,
          definition,
          esClient,
          documents,
          runs,
        }),
      );
    }
    const es = readiness[1].elasticsearch;
    const kibana = status[1].kibana;
    const report = {
      runs,
      readiness: {
        samples: readiness,
        medianRatio: summary(
          'readiness',
          readiness,
          `${es.requests} Elasticsearch requests per call (${readiness[1].searchesPerCall} searches inside its ` +
            `multi-searches), up to ${es.maxInFlight} in flight at once; 0 Kibana requests`,
        ),
      },
      status: {
        samples: status,
        medianRatio: summary(
          'status',
          status,
          `${kibana.requests} Kibana requests per call, up to ${kibana.maxInFlight} in flight at once`,
        ),
      },
      goal: `<= ${GOAL}`,
    };
    if (process.env.BENCH_OUT)
      writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await emulator.stop();
    await esClient.close();
    await engine?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
