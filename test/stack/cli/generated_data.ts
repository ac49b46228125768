// Loads generated CloudTrail history into the engine (templates first), with progress, and stops early on request.
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '../engine/maven_build';
import { bulkLoad, type BulkLoadResult } from '../data/bulk_load';
import { generateCloudTrail } from '../data/generate';
import type { GeneratorOptions, ResolvedOptions } from '../data/generator_options';
import type { GenerationManifest } from '../data/manifest';
import { installCloudTrailTemplates } from '../templates/install_templates';
import { untilAborted } from './abortable';

export interface LoadedData {
  options: ResolvedOptions;
  manifest: GenerationManifest;
  load: BulkLoadResult;
}

/** Installs the CloudTrail index templates; an empty cluster still gets them so documents map correctly. */
export async function installTemplates(client: Client, namespace: string): Promise<void> {
  await installCloudTrailTemplates(client, { namespaces: [namespace] });
}

export async function loadGeneratedData(
  client: Client,
  input: Partial<GeneratorOptions>,
  log: Logger,
  signal?: AbortSignal,
): Promise<LoadedData> {
  const data = generateCloudTrail(input);
  const { manifest, options } = data;
  await installTemplates(client, options.namespace);
  log(
    `[data] generating ${manifest.documents.total.toLocaleString('en')} CloudTrail documents ` +
      `(${options.days} days, ${options.eventsPerDay.toLocaleString('en')} background events a day, ` +
      `${manifest.rareRecon.length + manifest.rareReconWithoutIngested.length} planted reconnaissance users)`,
  );
  const total = manifest.documents.total;
  const load = await bulkLoad(client, untilAborted(data.documents(), signal), {
    // A one-off load: no refresh and an asynchronous translog while it runs, defaults afterwards.
    tuneDataStreams: [manifest.indices.cloudtrail],
    progressEvery: Math.max(10_000, Math.round(total / 10 / 10_000) * 10_000),
    onProgress: (written, elapsedMs) =>
      log(
        `[data] ${Math.round((100 * written) / Math.max(1, total))}% ` +
          `(${written.toLocaleString('en')} documents, ${(elapsedMs / 1000).toFixed(0)} s)`,
      ),
  });
  signal?.throwIfAborted();
  if (load.failed > 0) {
    throw new Error(
      `${load.failed} of ${total} generated documents were rejected: ${load.failures.join('; ')}`,
    );
  }
  log(
    `[data] loaded ${load.documents.toLocaleString('en')} documents into ${load.indices.join(', ')} ` +
      `in ${load.seconds.toFixed(1)} s (${load.docsPerSecond.toLocaleString('en')}/s)`,
  );
  return { options, manifest, load };
}
