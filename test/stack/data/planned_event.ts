// An event scheduled by a scenario (automation run, planted reconnaissance, decoy), built lazily.

import type { CloudTrailRecord } from './cloudtrail_record';
import type { IngestFlavour } from './to_ecs';

export interface PlannedEvent {
  /** When the API call happened (@timestamp). */
  eventMs: number;
  /** When it reached the cluster; also its position in the stream. */
  ingestedMs: number;
  /** false: the document carries no event.ingested (indexed outside Fleet). */
  withIngested: boolean;
  flavour: IngestFlavour;
  record: () => CloudTrailRecord;
}

export function byIngested(a: PlannedEvent, b: PlannedEvent): number {
  return a.ingestedMs - b.ingestedMs;
}
