// A problem found in a rule file: where (a dotted TOML key path) and what, in words a rule author can act on.

export interface RuleProblem {
  /** TOML key path such as `rule.new_terms.value[3]`; empty for the file as a whole. */
  path: string;
  message: string;
}

export function formatProblem(problem: RuleProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Thrown by the loaders that promise a valid rule; carries every problem found. */
export class RuleValidationError extends Error {
  constructor(readonly problems: readonly RuleProblem[]) {
    super(`invalid rule: ${problems.map(formatProblem).join('; ')}`);
    this.name = 'RuleValidationError';
  }
}
