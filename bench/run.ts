// `npm run bench`: loads generated CloudTrail data once, in two steps (BENCH_SIZES, default 200 000 then
// 2 000 000 documents in one index), and measures the readiness and status services at each size on the embedded
// engine: latency, the 2M/200k ratio (goal ≤ 1.5: cost independent of index size), upstream requests per call and
// whether they run in parallel. BENCH_RUNS (default 30) calls per measurement; ENGINE_URL reuses an engine;
// BENCH_OUT=<file> also writes the JSON report there.
import { writeFileSync } from 'node:fs';
import { loadDocuments } from './bench_data';
import { medianRatio, RATIO_GOAL, runBench, withBenchSession } from './bench_session';
import { measureReadiness, type ReadinessBenchSample } from './readiness.bench';
import { measureStatus, prepareStatusBench, type StatusBenchSample } from './status.bench';

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

function summary(
  name: string,
  samples: Array<{ documents: number; latency: { medianMs: number; p90Ms: number } }>,
  requests: string,
): number {
  const r = medianRatio(samples);
  for (const s of samples) {
    line(
      `${name.padEnd(9)} ${String(s.documents).padStart(9)} docs: median ${s.latency.medianMs} ms, ` +
        `p90 ${s.latency.p90Ms} ms`,
    );
  }
  line(
    `${name.padEnd(9)} ratio large/small (median): ${r} — goal ≤ ${RATIO_GOAL}: ${r <= RATIO_GOAL ? 'met' : 'NOT met'}`,
  );
  line(`${name.padEnd(9)} ${requests}`);
  return r;
}

async function main(): Promise<void> {
  await withBenchSession(async ({ esClient, small, large, runs, now, definition }) => {
    const readiness: ReadinessBenchSample[] = [];
    const status: StatusBenchSample[] = [];
    let documents = await loadDocuments(esClient, 'bench-0', small, now);
    const stack = await prepareStatusBench({ esClient, definition, now });
    try {
      for (const [step, target] of [small, large].entries()) {
        if (step > 0)
          documents += await loadDocuments(esClient, `bench-${step}`, target - documents, now);
        await stack.runRules();
        readiness.push(await measureReadiness({ esClient, definition, documents, runs }));
        status.push(
          await measureStatus({
            kibanaUrl: stack.kibanaUrl,
            spaceId: stack.spaceId,
            definition,
            esClient,
            documents,
            runs,
          }),
        );
      }
    } finally {
      await stack.stop();
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
      goal: `<= ${RATIO_GOAL}`,
    };
    if (process.env.BENCH_OUT)
      writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(report, null, 2)}\n`);
  });
}

runBench(main);
