// Writes racing each other through the services, against the Detection Engine emulator: deploys racing enables
// and disables, two upgrades of an older copy racing, twenty deploys of an upgrade at once; and, through both
// hosts' exception routes, an exception add racing the removal of another item and of the same one. Each race ends
// with exactly one rule in a consistent state, and every answer is a result or a clean refusal. (Twenty parallel
// first deploys, with and without the prebuilt package, are in test/integration/deploy.test.ts.)
import { isRight } from 'fp-ts/Either';
import {
  ExceptionsResponse,
  ROUTES,
  type ExceptionEntry,
  type ExceptionItem,
} from '../../../common/api';
import { startHost } from '../../../server/hosts/standalone/start_host';
import { deployRule } from '../../../server/lib/deploy/deploy_rule';
import { setRuleEnabled } from '../../../server/lib/deploy/enable_rule';
import {
  deployableRule,
  MANAGED_TAG,
  type DeployableRule,
} from '../../../server/lib/deploy/rule_copies';
import { HttpError } from '../../../server/lib/errors';
import { silentLogger } from '../../../server/lib/logger';
import { basicAuthorization } from '../../stack/kibana';
import { kibanaCall } from '../../stack/kibana/testing/kibana_call';
import { expectCleanError } from '../../support/hardening/clean_answer';
import { startKibanaHostDouble } from '../../support/hardening/kibana_host';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../../support/integration/emulator_fixture';
import { hostCall } from '../../support/integration/host_call';

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

  describe.each(['standalone', 'kibana'] as const)('exceptions through the %s host', (hostKind) => {
    it('an add racing the removal of another item, then of the same item: the list holds exactly what completed, every answer clean, one rule', async () => {
      const space = freshSpace();
      await deployRule(fixture.context(space), {});
      const host = await exceptionHost(hostKind, space);
      try {
        const kept = await added(host, entriesFor('config-recorder'));
        for (let round = 0; round < ROUNDS; round += 1) {
          // Another item: the removal of one and the addition of the other both hold, whatever their order.
          const doomed = await added(host, entriesFor(`inventory-bot-${round}`));
          const [add, remove] = await Promise.all([
            host.call(ROUTES.exceptionsAdd, { entries: entriesFor(`ci-runner-${round}`) }),
            host.call(ROUTES.exceptionsRemove, { id: doomed.id }),
          ]);
          expect(add.status).toBe(200);
          expect(remove.status).toBe(200);
          expect(withEntries(listOf(add), entriesFor(`ci-runner-${round}`))).toHaveLength(1);
          expect(listOf(remove).map((item) => item.id)).not.toContain(doomed.id);
          const items = await itemsOfRule(space);
          expect(items.map((item) => item.id)).not.toContain(doomed.id);
          expect(withEntries(items, entriesFor(`inventory-bot-${round}`))).toEqual([]);
          expect(withEntries(items, entriesFor(`ci-runner-${round}`))).toHaveLength(1);
          expect(items.map((item) => item.id)).toContain(kept.id);

          // The same item: removed (twice at once) while it is added again. The removals each answer the list
          // or a clear 4xx; the old item is gone and the new one stands, alone.
          const again = entriesFor(`ci-runner-${round}`);
          const [old] = withEntries(items, again);
          const answers = await Promise.all([
            host.call(ROUTES.exceptionsRemove, { id: old.id }),
            host.call(ROUTES.exceptionsAdd, { entries: again }),
            host.call(ROUTES.exceptionsRemove, { id: old.id }),
          ]);
          for (const answer of answers) {
            if (answer.status !== 200) expectClean(hostKind, answer);
          }
          expect(answers[1].status).toBe(200);
          const after = await itemsOfRule(space);
          const readded = withEntries(after, again);
          expect(readded).toHaveLength(1);
          expect(readded[0].id).not.toBe(old.id);
          expect(readded[0].tags).toContain(MANAGED_TAG);
          // Nothing else moved: the first item and last round's re-added ones are still there.
          expect(after.map((item) => item.id).sort()).toEqual(
            items
              .filter((item) => item.id !== old.id)
              .map((item) => item.id)
              .concat(readded[0].id)
              .sort(),
          );
          // What the host answers matches what Kibana holds.
          const listed = await host.call(ROUTES.exceptions);
          expect(listed.status).toBe(200);
          expect(
            listOf(listed)
              .map((item) => item.id)
              .sort(),
          ).toEqual(after.map((item) => item.id).sort());
        }
        const rules = await rulesIn(space);
        expect(rules).toHaveLength(1);
        // One default list, however many adds raced.
        expect(rules[0].exceptions_list).toEqual([
          expect.objectContaining({ type: 'rule_default' }),
        ]);
      } finally {
        await host.close();
      }
    });
  });
});

const ROUNDS = 3;

interface ExceptionHost {
  call(path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** Either host of the plugin's routes in `space`, acting as `elastic`, on the emulator. */
async function exceptionHost(kind: 'standalone' | 'kibana', space: string): Promise<ExceptionHost> {
  const authorization = basicAuthorization('elastic');
  const elasticsearchUrl = process.env.ELASTICSEARCH_URL ?? '';
  if (kind === 'standalone') {
    const host = await startHost(
      {
        host: '127.0.0.1',
        port: 0,
        elasticsearchUrl,
        kibanaUrl: fixture.emulator.url,
        spaceId: space,
        timeoutMs: 10_000,
        uiDir: null,
        rule: fixture.rule,
      },
      silentLogger,
    );
    return {
      call: (path, body) =>
        hostCall(host.url, body === undefined ? 'GET' : 'POST', path, authorization, body),
      close: () => host.close(),
    };
  }
  const kibana = await startKibanaHostDouble({
    serverUrl: fixture.emulator.url,
    elasticsearchUrl,
    spaceId: space,
  });
  return {
    call: async (path, body) => {
      const answer = await kibana.call({
        method: body === undefined ? 'GET' : 'POST',
        path,
        authorization,
        ...(body === undefined ? {} : { body }),
      });
      return { status: answer.status, body: answer.payload };
    },
    close: () => kibana.close(),
  };
}

/** A refusal the caller can read: a 4xx in each host's error shape, never a 5xx or a stack trace. */
function expectClean(kind: 'standalone' | 'kibana', answer: { status: number; body: unknown }) {
  expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
  if (kind === 'standalone') {
    expectCleanError(answer.status, answer.body);
    return;
  }
  // Kibana's router answers `{message, attributes?}` and adds the status itself.
  const { message } = answer.body as { message?: unknown };
  expect(typeof message).toBe('string');
  expect(JSON.stringify(answer.body)).not.toMatch(/\n\s+at |node:internal/);
}

function listOf(answer: { status: number; body: unknown }): ExceptionItem[] {
  const decoded = ExceptionsResponse.decode(answer.body);
  if (!isRight(decoded))
    throw new Error(`not an exceptions answer: ${JSON.stringify(answer.body)}`);
  return decoded.right.items;
}

function entriesFor(userName: string): ExceptionEntry[] {
  return [{ type: 'match', field: 'user.name', operator: 'included', value: userName }];
}

const sameEntries = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);

function withEntries<T extends { entries: unknown[] }>(items: T[], entries: ExceptionEntry[]): T[] {
  return items.filter((item) => sameEntries(item.entries, entries));
}

/** Adds one item through the host and answers it as the host lists it. */
async function added(host: ExceptionHost, entries: ExceptionEntry[]): Promise<ExceptionItem> {
  const answer = await host.call(ROUTES.exceptionsAdd, { entries });
  expect(answer.status).toBe(200);
  const [item] = withEntries(listOf(answer), entries);
  expect(item?.addedHere).toBe(true);
  return item;
}

/** Every item of every list the rule references, as Kibana itself holds them (not as the plugin reads them). */
async function itemsOfRule(
  space: string,
): Promise<Array<{ id: string; entries: unknown[]; tags: string[] }>> {
  const [rule] = await rulesIn(space);
  const lists = (rule.exceptions_list ?? []) as Array<{ list_id: string; namespace_type: string }>;
  const items = [];
  for (const list of lists) {
    const answer = await kibanaCall(fixture.emulator.url, {
      path: '/api/exception_lists/items/_find',
      space,
      query: { list_id: list.list_id, namespace_type: list.namespace_type, per_page: '100' },
    });
    expect(answer.status).toBe(200);
    items.push(...(answer.body.data as Array<{ id: string; entries: unknown[]; tags: string[] }>));
  }
  return items;
}
