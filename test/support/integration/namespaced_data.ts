// Generated CloudTrail data in a namespace private to one test file (other files share the engine): the
// namespace's templates, its data streams emptied and loaded afresh, and the manifest of what was planted.
import type { Client } from '@elastic/elasticsearch';
import { bulkLoad } from '../../stack/data/bulk_load';
import { generateCloudTrail } from '../../stack/data/generate';
import {
  cloudTrailIndex,
  filebeatIndex,
  type GeneratorOptions,
} from '../../stack/data/generator_options';
import type { GenerationManifest } from '../../stack/data/manifest';
import { installCloudTrailTemplates } from '../../stack/templates/install_templates';

/** Generator options; `now` defaults to the wall clock, and every index is named after the namespace. */
export type NamespacedDataOptions = Partial<
  Omit<GeneratorOptions, 'namespace' | 'filebeatVersion'>
> & {
  seed: string;
};

export interface NamespacedData {
  manifest: GenerationManifest;
  /** First-time (account, user) pairs planted, with and without event.ingested: the alerts a run should raise. */
  plantedPairs: number;
  /** Deletes the namespace's data streams. */
  remove(): Promise<void>;
}

export async function loadNamespacedData(
  es: Client,
  namespace: string,
  options: NamespacedDataOptions,
): Promise<NamespacedData> {
  // Filebeat writes filebeat-<version>: the namespace as the version keeps even legacy documents private.
  const data = generateCloudTrail({
    now: new Date(),
    ...options,
    namespace,
    filebeatVersion: namespace,
  });
  const { manifest } = data;
  const streams = [cloudTrailIndex(namespace), filebeatIndex(namespace)];
  const remove = async () => {
    for (const name of streams) await es.indices.deleteDataStream({ name }, { ignore: [404] });
  };
  // An engine reused from an earlier run may still hold this namespace's documents.
  await remove();
  await installCloudTrailTemplates(es, { namespaces: [namespace] });
  const loaded = await bulkLoad(es, data.documents(), { refresh: true });
  if (loaded.failed > 0)
    throw new Error(`${loaded.failed} documents were not loaded: ${loaded.failures.join('; ')}`);
  return {
    manifest,
    plantedPairs: manifest.rareRecon.length + manifest.rareReconWithoutIngested.length,
    remove,
  };
}
