// What the bounded searches found about one index pattern, before any judgement.
import type { MappedField } from './field_mappings';

export interface Count {
  value: number;
  /** The count reached the cap: there are at least `value` documents. */
  atLeast: boolean;
}

export interface PatternFacts {
  pattern: string;
  resolves: boolean;
  /** Data streams, aliases and standalone indices the pattern resolves to (capped). */
  targets: string[];
  /** The caller lacks the privileges to inspect or read this pattern. */
  forbidden: boolean;
  fields: Map<string, MappedField>;
  /** Documents the rule would see over its history window. */
  windowCount: Count;
  /** Null when Elasticsearch could not run the rule's query here (see `queryError`). */
  recentMatches: Count | null;
  windowMatches: Count | null;
  queryError: string | null;
  newestEvent: string | null;
  newestOverride: string | null;
  /** Documents sampled for the timestamp-override share, and where from (null: none in the window). */
  sampled: number;
  sampledWithOverride: number;
  sampleScope: 'recent' | 'window' | null;
  /** Per day of the history window, newest first: did any document arrive that day (by either time field)? */
  daysWithData: boolean[];
  /** Per field every match requires: does any document in the history window carry it? */
  carries: Map<string, boolean>;
  /** Other searches that failed, in Elasticsearch's words. */
  errors: string[];
}
