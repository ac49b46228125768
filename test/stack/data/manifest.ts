// What a generated data set planted, so tests can assert exactly which (account, user) pairs alert.

import type { UserIdentityType } from './cloudtrail_record';

/** A pair that does inventory reconnaissance for the first time: the rule should alert once for it. */
export interface PlantedPair {
  scenario: string;
  accountId: string;
  userName: string;
  identityType: UserIdentityType;
  index: string;
  /** Distinct event.action values of its matching documents. */
  actions: string[];
  /** Documents that match the rule's query. */
  documents: number;
  /**
   * Earliest event.ingested among them (null when they carry none) and that document's @timestamp;
   * without event.ingested, the earliest @timestamp (what the rule's fallback sees).
   */
  firstIngested: string | null;
  firstTimestamp: string;
  lastIngested: string | null;
}

/** A principal that calls the inventory APIs on a schedule across the whole history: never new. */
export interface AutomationPair {
  accountId: string;
  userName: string;
  identityType: UserIdentityType;
  index: string;
  actions: string[];
  runs: number;
  documents: number;
  firstIngested: string;
  lastIngested: string;
}

export type DecoyReason =
  | 'denied'
  | 'aws-service'
  | 'other-document'
  | 'root-no-user-name'
  | 'near-miss-action'
  | 'filebeat';

/** Inventory-looking activity the rule must not alert on, and why. */
export interface Decoy {
  reason: DecoyReason;
  accountId: string;
  userName: string | null;
  identityType: UserIdentityType;
  index: string;
  actions: string[];
  documents: number;
  firstIngested: string;
}

export interface GenerationManifest {
  seed: string;
  now: string;
  historyStart: string;
  days: number;
  eventsPerDay: number;
  accounts: Array<{ id: string; alias: string }>;
  indices: { cloudtrail: string; filebeat: string | null };
  documents: {
    total: number;
    byIndex: Record<string, number>;
    background: number;
    automation: number;
    planted: number;
    withoutIngested: number;
  };
  rareRecon: PlantedPair[];
  /** First-time pairs whose documents lack event.ingested (found only via the @timestamp fallback). */
  rareReconWithoutIngested: PlantedPair[];
  dailyAutomation: AutomationPair[];
  decoys: Decoy[];
}
