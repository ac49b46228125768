// Decides whether a Jest run needs the search engine: unit tests beside the code (common/, server/, public/) do
// not, so selecting only those skips the node's start-up time and memory.

/** The parts of Jest's global config this decision reads. */
export interface JestRunSelection {
  rootDir: string;
  testPathPatterns?: { patterns: readonly string[] };
  selectProjects?: readonly string[] | null;
}

const UNIT_ONLY_ROOTS = ['common/', 'server/', 'public/'];

export function engineNeeded(run: JestRunSelection, env: NodeJS.ProcessEnv): boolean {
  if (env.SSM_RECON_SKIP_ENGINE === '1' || env.SSM_RECON_SKIP_ENGINE === 'true') {
    return false;
  }
  if (
    run.selectProjects &&
    run.selectProjects.length > 0 &&
    !run.selectProjects.some((name) => name === 'node' || name.startsWith('node:'))
  ) {
    return false; // only the browser project was picked
  }
  const patterns = run.testPathPatterns?.patterns ?? [];
  if (patterns.length === 0) {
    return true; // the whole suite
  }
  return patterns.some((pattern) => !isUnitOnlyPattern(pattern, run.rootDir));
}

function isUnitOnlyPattern(pattern: string, rootDir: string): boolean {
  let relative = pattern.replace(/\\/g, '/');
  const root = rootDir.replace(/\\/g, '/').replace(/\/?$/, '/');
  if (relative.startsWith(root)) {
    relative = relative.slice(root.length);
  }
  relative = relative.replace(/^(\.\/)+/, '').replace(/^\^/, '');
  return UNIT_ONLY_ROOTS.some((prefix) => relative.startsWith(prefix));
}
