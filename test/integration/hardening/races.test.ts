// Writes racing each other through the services, against the Detection Engine emulator: deploys racing enables
// and disables, two upgrades of an older copy racing, twenty deploys of an upgrade at once. Each race ends with
// exactly one rule in a consistent state, and every answer is a result or a clean refusal. (Twenty parallel
// first deploys, with and without the prebuilt package, are in test/integration/deploy.test.ts.)
import { deployRule } from '../../../server/lib/deploy/deploy_rule';
import { setRuleEnabled } from '../../../server/lib/deploy/enable_rule';
import { deployableRule, type DeployableRule } from '../../../server/lib/deploy/rule_copies';
import { HttpError } from '../../../server/lib/errors';
import { kibanaCall } from '../../stack/kibana/testing/kibana_call';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../../support/integration/emulator_fixture';

const RULES = '/api/detection_engine/rules';
let fixture: EmulatorFixture;
let bundled: DeployableRule;
let spaceCounter = 0;
const freshSpace = () => `races-${++spaceCounter}`;

beforeAll(async () => {
  fixture = await startEmulatorFixture({ prebuiltPackage: 'empty', enabledDefault: false });
  bundled = deployableRule(fixture.rule);
});

afterAll(async () => {
  await fixture?.stop();
});

afterEach(() => {
  expect(fixture.emulator.rejectedRequests()).toEqual([]);
});

async function rulesIn(space: string): Promise<Array<Record<string, unknown>>> {
  const answer = await kibanaCall(fixture.emulator.url, {
    path: `${RULES}/_find`,
    space,
    query: { per_page: '100' },
  });
  return answer.body.data as Array<Record<string, unknown>>;
}

/** A result, or a refusal the caller can read (an HttpError with a 4xx/5xx status and a message). */
async function settle<T>(work: Promise<T>): Promise<T | HttpError> {
  try {
    return await work;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message.length).toBeGreaterThan(0);
    return error as HttpError;
  }
}

async function olderCopy(space: string, enabled: boolean): Promise<void> {
  const answer = await kibanaCall(fixture.emulator.url, {
    method: 'POST',
    path: RULES,
    space,
    body: {
      ...bundled.customBody,
      version: 2,
      query: 'event.dataset:aws.cloudtrail and event.action:GetInventory\n',
      enabled,
    },
  });
  expect(answer.status).toBe(200);
}

describe('races', () => {
  it('deploy racing enable and disable: one rule at the bundled version, every answer clean, then it converges', async () => {
    const space = freshSpace();
    await deployRule(fixture.context(space), {});
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? settle(deployRule(fixture.context(space), { enable: true }))
          : settle(setRuleEnabled(fixture.context(space), false)),
      ),
    );
    expect(results.filter((r) => r instanceof HttpError)).toEqual([]);
    const rules = await rulesIn(space);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ version: bundled.version, query: bundled.payload.query });
    expect(typeof rules[0].enabled).toBe('boolean');
    // Settled: one more of each converges.
    await setRuleEnabled(fixture.context(space), true);
    expect((await rulesIn(space))[0].enabled).toBe(true);
  });

  it('a first deploy racing enable: one rule; enable either finds it or says it is not deployed', async () => {
    const space = freshSpace();
    const [deployed, ...enables] = await Promise.all([
      settle(deployRule(fixture.context(space), {})),
      ...Array.from({ length: 5 }, () => settle(setRuleEnabled(fixture.context(space), true))),
    ]);
    expect(deployed).not.toBeInstanceOf(HttpError);
    for (const result of enables) {
      if (result instanceof HttpError) expect(result.statusCode).toBe(404);
    }
    const rules = await rulesIn(space);
    expect(rules).toHaveLength(1);
    const enabledAny = enables.some((r) => !(r instanceof HttpError) && r.changed);
    expect(rules[0].enabled).toBe(enabledAny);
  });

  it('two upgrades of an older copy racing: one rule at the bundled version, its enabled state kept', async () => {
    for (const enabled of [true, false]) {
      const space = freshSpace();
      await olderCopy(space, enabled);
      const results = await Promise.all([
        settle(deployRule(fixture.context(space), {})),
        settle(deployRule(fixture.context(space), {})),
      ]);
      // Both succeed, or the loser reports the conflict it met: never a half-applied upgrade.
      expect(results.some((r) => !(r instanceof HttpError) && r.action === 'updated_custom')).toBe(
        true,
      );
      for (const result of results) {
        if (result instanceof HttpError) expect(result.statusCode).toBe(409);
      }
      const rules = await rulesIn(space);
      expect(rules).toHaveLength(1);
      expect(rules[0]).toMatchObject({
        version: bundled.version,
        query: bundled.payload.query,
        enabled,
      });
    }
  });

  it('twenty deploys of an upgrade at once: one rule at the bundled version', async () => {
    const space = freshSpace();
    await olderCopy(space, true);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => settle(deployRule(fixture.context(space), {}))),
    );
    for (const result of results) {
      if (result instanceof HttpError) expect(result.statusCode).toBe(409);
    }
    const rules = await rulesIn(space);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ version: bundled.version, enabled: true });
  });

  // Exceptions: an add racing a removal belongs here once the exceptions routes exist — one list, the items
  // both requests meant to leave, every answer clean.
});
