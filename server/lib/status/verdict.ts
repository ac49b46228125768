// The one-word verdict. Precedence: not deployed > disabled > stale > failing > warning > healthy — a rule
// that stopped running is reported as stale even if its last (old) run failed, because that run is no longer
// news: nothing is being checked at all.
import type { Cause, Verdict } from '../../../common/api';
import type { HealthFacts } from './health_facts';

export function decideVerdict(facts: HealthFacts, causes: readonly Cause[]): Verdict {
  if (!facts.deployed) return 'not_deployed';
  if (!facts.deployed.enabled) return 'disabled';
  if (facts.staleness?.stale) return 'stale';
  const status = facts.lastExecution?.status;
  if (status === 'failed') return 'failing';
  if (status === 'partial failure') return 'warning';
  if (causes.some((cause) => cause.severity !== 'info')) return 'warning';
  return 'healthy';
}
