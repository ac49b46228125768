// Bounds that keep every readiness query's cost independent of how many documents an index holds.

/** Counts stop here (`track_total_hits`): beyond it the answer is "at least this many". */
export const COUNT_LIMIT = 10_000;
/** Documents (per shard) sampled to measure how many carry the timestamp-override field. */
export const SAMPLE_SIZE = 100;
/** The sample is taken from this last stretch first, then from the whole history window. */
export const SAMPLE_RECENT_MS = 60 * 60_000;
/** Resolved indices and data streams listed per pattern. */
export const TARGETS_SHOWN = 20;
/** Newest data older than this means ingestion has stalled (CloudTrail delivers within about 15 minutes). */
export const STALE_DATA_MS = 60 * 60_000;
