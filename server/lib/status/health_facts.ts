// Everything the verdict and its causes are decided from, gathered once by the status service.
import type { LastExecution, RuleCopy } from '../../../common/api';
import type { KibanaRule } from '../detection_engine/kibana_rule';
import type { Staleness } from './staleness';

export interface HealthFacts {
  deployed: KibanaRule | null;
  copy: RuleCopy | null;
  /** The other copy, when both Elastic's prebuilt rule and our custom copy exist. */
  duplicate: KibanaRule | null;
  bundledVersion: number;
  lastExecution: LastExecution | null;
  staleness: Staleness | null;
  /** Whether the caller may change the rule: fixes that need that are worded for who can act on them. */
  canWrite: boolean;
}
