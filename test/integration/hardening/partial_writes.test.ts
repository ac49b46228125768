// A deploy that fails midway — each Kibana call of it in turn meeting a fault, one that never reached Kibana
// (500) and one whose write happened but whose answer was lost (reset) — leaves the rule as it was or as
// intended, never half-changed; the next deploy then finishes the job with exactly one rule.
import { deployRule } from '../../../server/lib/deploy/deploy_rule';
import { deployableRule, type DeployableRule } from '../../../server/lib/deploy/rule_copies';
import { startFaultProxy, type FaultProxy } from '../../stack/fault/fault_proxy';
import { kibanaCall } from '../../stack/kibana/testing/kibana_call';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../../support/integration/emulator_fixture';
import { emulatorServiceContext } from '../../support/integration/service_context';

const RULES = '/api/detection_engine/rules';
let fixture: EmulatorFixture;
let proxy: FaultProxy;
let bundled: DeployableRule;
let spaceCounter = 0;

beforeAll(async () => {
  fixture = await startEmulatorFixture({ prebuiltPackage: 'empty', enabledDefault: false });
  proxy = await startFaultProxy(fixture.emulator.url);
  bundled = deployableRule(fixture.rule);
});

afterAll(async () => {
  await proxy?.close();
  await fixture?.stop();
});

afterEach(() => {
  expect(fixture.emulator.rejectedRequests()).toEqual([]);
});

/** The services as `elastic`, through the proxy. */
const throughProxy = (spaceId: string) =>
  emulatorServiceContext({
    kibanaUrl: proxy.url,
    elasticsearch: fixture.es,
    rule: fixture.rule,
    spaceId,
    now: () => new Date(),
  });

/** What matters of the space's copies of the rule: count, and each one's version, query, enabled, exceptions. */
async function state(space: string): Promise<unknown[]> {
  const answer = await kibanaCall(fixture.emulator.url, {
    path: `${RULES}/_find`,
    space,
    query: { per_page: '100' },
  });
  return (answer.body.data as Array<Record<string, unknown>>).map((rule) => ({
    rule_id: rule.rule_id,
    version: rule.version,
    query: rule.query,
    enabled: rule.enabled,
    exceptions_list: rule.exceptions_list,
  }));
}

interface Scenario {
  name: string;
  /** Puts the space in its starting state. */
  prepare(space: string): Promise<void>;
  request: { enable?: boolean };
}

const EXCEPTIONS = [
  { id: 'exc-1', list_id: 'ssm-allowlist', type: 'detection', namespace_type: 'single' },
];

const SCENARIOS: Scenario[] = [
  { name: 'first install, enabled', prepare: async () => undefined, request: { enable: true } },
  {
    name: 'upgrade of an older enabled copy with exceptions',
    prepare: async (space) => {
      const older = await kibanaCall(fixture.emulator.url, {
        method: 'POST',
        path: RULES,
        space,
        body: {
          ...bundled.customBody,
          version: 2,
          query: 'event.dataset:aws.cloudtrail and event.action:GetInventory\n',
          enabled: true,
          exceptions_list: EXCEPTIONS,
        },
      });
      expect(older.status).toBe(200);
    },
    request: {},
  },
];

describe.each(SCENARIOS)('deploy failing midway: $name', ({ prepare, request }) => {
  it('each call meeting 500 or a reset leaves the rule as it was or as intended', async () => {
    // The intended end state and how many Kibana calls a clean deploy makes.
    const reference = `partial-${++spaceCounter}`;
    await prepare(reference);
    proxy.clearRequests();
    await deployRule(throughProxy(reference), request);
    const calls = proxy.requests().length;
    const intended = await state(reference);
    expect(calls).toBeGreaterThan(1);

    const outcomes: string[] = [];
    for (const fault of ['500', 'reset'] as const) {
      for (let k = 1; k <= calls; k += 1) {
        const space = `partial-${++spaceCounter}`;
        await prepare(space);
        const before = await state(space);
        let seen = 0;
        await proxy.setFault(fault, { match: () => ++seen === k });
        const failed = await deployRule(throughProxy(space), request).then(
          () => null,
          (error: { statusCode?: number }) => error.statusCode ?? 'thrown',
        );
        await proxy.setFault(null);
        const after = await state(space);
        outcomes.push(`${fault}@${k}: ${failed ?? 'recovered'}`);
        // As it was, or as intended: nothing in between.
        expect([before, intended]).toContainEqual(after);
        // The next deploy finishes the job, with exactly one rule.
        await deployRule(throughProxy(space), request);
        expect(await state(space)).toEqual(intended);
      }
    }
    expect(outcomes.length).toBe(calls * 2);
  }, 240_000);
});
