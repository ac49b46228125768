// Turns a record plus its delivery times into the indexed document (flavour, index, event.* times).

import type { CloudTrailRecord } from './cloudtrail_record';
import type { GeneratedDocument } from './ecs_document';
import { cloudTrailIndex, filebeatIndex } from './generator_options';
import { isoMs } from './timing';
import { toEcsDocument, type IngestFlavour } from './to_ecs';

export interface DocumentSettings {
  namespace: string;
  filebeatVersion: string;
  flattened: boolean;
  preserveOriginal: boolean;
}

export function makeDocument(
  settings: DocumentSettings,
  record: CloudTrailRecord,
  ingestedMs: number,
  withIngested: boolean,
  flavour: IngestFlavour,
): GeneratedDocument {
  // The agent read the record a moment before the cluster ingested it.
  const createdMs = ingestedMs - 50 - (ingestedMs % 1500);
  const doc = toEcsDocument(record, {
    flavour,
    namespace: settings.namespace,
    ingested: withIngested ? isoMs(ingestedMs) : undefined,
    created: isoMs(createdMs),
    keepFlattened: settings.flattened,
    preserveOriginal: settings.preserveOriginal,
  });
  const index =
    flavour === 'integration'
      ? cloudTrailIndex(settings.namespace)
      : filebeatIndex(settings.filebeatVersion);
  return { index, doc };
}

/** Whether item `i` of a sequence is among an evenly spread `share` of it (exact counts, no RNG). */
export function inShare(i: number, share: number, phase: number): boolean {
  return Math.floor((i + 1) * share + phase) > Math.floor(i * share + phase);
}

/** How many of the first `n` items `inShare` selects. */
export function shareCount(n: number, share: number, phase: number): number {
  return Math.floor(n * share + phase) - Math.floor(phase);
}
