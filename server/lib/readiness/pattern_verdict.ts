// Which patterns can feed the rule, and the worst-of rule for statuses.
import type { CheckStatus } from '../../../common/api';
import type { PatternFacts } from './pattern_facts';

const ORDER: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

export function worstStatus(statuses: CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>((worst, s) => (ORDER[s] > ORDER[worst] ? s : worst), 'pass');
}

/** Fields every match requires that this pattern's data lacks (unmapped, or carried by no document). */
export function missingRequiredFields(facts: PatternFacts, requiredFields: string[]): string[] {
  return requiredFields.filter((field) => {
    const mapped = facts.fields.get(field);
    if (!mapped || mapped.types.length === 0) return true;
    return facts.windowCount.value > 0 && facts.carries.get(field) === false;
  });
}

/** A pattern feeds the rule when it resolves, is readable, has data in the window and the query can match it. */
export function canFeedRule(facts: PatternFacts, requiredFields: string[]): boolean {
  return (
    facts.resolves &&
    !facts.forbidden &&
    facts.windowCount.value > 0 &&
    facts.queryError === null &&
    missingRequiredFields(facts, requiredFields).length === 0
  );
}
