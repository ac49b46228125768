// The version a rule body carries, from the version lock keyed by rule_id (detection-rules' rules: a locked hash
// keeps its version, changed content gets the next one, an unlocked rule starts at 1).
import type { VersionLockEntry } from './rule_data';

export type VersionStatus = 'locked' | 'changed' | 'unlocked';

export interface RuleVersion {
  version: number;
  status: VersionStatus;
  locked?: VersionLockEntry;
}

export function ruleVersion(
  ruleId: string,
  hash: string,
  lock: Readonly<Record<string, VersionLockEntry>>,
): RuleVersion {
  const locked = lock[ruleId];
  if (!locked) return { version: 1, status: 'unlocked' };
  return locked.sha256 === hash
    ? { version: locked.version, status: 'locked', locked }
    : { version: locked.version + 1, status: 'changed', locked };
}
