// What every per-pattern check reads: the plan, the facts found, the clock and which other patterns feed the rule.
import type { ReadinessCheck } from '../../../../common/api';
import type { PatternFacts } from '../pattern_facts';
import type { ReadinessPlan } from '../readiness_plan';

export interface CheckContext {
  plan: ReadinessPlan;
  facts: PatternFacts;
  now: Date;
  /** Other patterns of the rule whose data can feed it. */
  feedingPatterns: string[];
}

/** A check, or null when it does not apply (e.g. no documents to judge). */
export type PatternCheck = (context: CheckContext) => ReadinessCheck | null;
