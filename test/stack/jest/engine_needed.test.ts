// Unit tests for deciding whether a Jest run starts the search engine.
import { engineNeeded } from './engine_needed';

const root = '/repo';
const run = (patterns: string[], selectProjects?: string[]) => ({
  rootDir: root,
  testPathPatterns: { patterns },
  selectProjects,
});

describe('engineNeeded', () => {
  it('starts the engine for the whole suite and for anything under test/', () => {
    expect(engineNeeded(run([]), {})).toBe(true);
    expect(engineNeeded(run(['test/integration']), {})).toBe(true);
    expect(engineNeeded(run(['server/lib/a.test.ts', '/repo/test/stack/engine']), {})).toBe(true);
    expect(engineNeeded(run(['deploy']), {})).toBe(true);
    expect(engineNeeded(run([], ['node:opensearch']), {})).toBe(true);
  });

  it('skips it when only unit tests beside the code are selected', () => {
    expect(engineNeeded(run(['server/lib/a.test.ts']), {})).toBe(false);
    expect(engineNeeded(run(['./server/lib/kql', '/repo/public/app.test.tsx']), {})).toBe(false);
    expect(engineNeeded(run([], ['jsdom']), {})).toBe(false);
  });

  it('can be switched off', () => {
    expect(engineNeeded(run([]), { SSM_RECON_SKIP_ENGINE: '1' })).toBe(false);
  });
});
