// Data for the benchmarks: generated CloudTrail documents loaded into logs-aws.cloudtrail-default in steps, so
// one index grows from the small size to the large one between measurements.
import { Client } from '@elastic/elasticsearch';
import { bulkLoad } from '../test/stack/data/bulk_load';
import { generateCloudTrail } from '../test/stack/data/generate';
import { OpenSearchCompatTransport } from '../test/stack/engine/compat_transport';
import { installCloudTrailTemplates } from '../test/stack/templates/install_templates';

const DAYS = 10;

/** Two growing document counts from BENCH_SIZES (default 200 000 then 2 000 000). */
export function sizesFromEnv(fallback = '200000,2000000'): [number, number] {
  const text = process.env.BENCH_SIZES ?? fallback;
  const sizes = text.split(',').map((s) => Number(s.trim()));
  if (
    sizes.length < 2 ||
    sizes.some((s) => !Number.isInteger(s) || s <= 0) ||
    sizes[0] >= sizes[1]
  ) {
    throw new Error(`BENCH_SIZES must be two growing document counts, got ${JSON.stringify(text)}`);
  }
  return [sizes[0], sizes[1]];
}

/** The official client over the compatibility transport, patient enough for bulk loads on a busy machine. */
export function benchEsClient(url: string): Client {
  return new Client({
    node: url,
    Transport: OpenSearchCompatTransport,
    maxRetries: 2,
    requestTimeout: 120_000,
  });
}

/** Adds `documents` generated documents (10 days ending `now`); returns how many were written and how fast. */
export async function loadDocuments(
  esClient: Client,
  seed: string,
  documents: number,
  now: Date,
): Promise<{ documents: number; docsPerSecond: number }> {
  await installCloudTrailTemplates(esClient);
  const data = generateCloudTrail({
    seed,
    now,
    days: DAYS,
    eventsPerDay: Math.round(documents / DAYS),
  });
  const result = await bulkLoad(esClient, data.documents(), {
    refresh: true,
    onProgress: (written, ms) =>
      process.stderr.write(`  ${written} documents, ${Math.round(written / (ms / 1000))}/s\n`),
  });
  if (result.failed > 0) {
    throw new Error(`bulk load lost ${result.failed} documents: ${result.failures.join('; ')}`);
  }
  process.stderr.write(`loaded ${result.documents} documents in ${result.seconds.toFixed(1)} s\n`);
  return { documents: result.documents, docsPerSecond: result.docsPerSecond };
}
