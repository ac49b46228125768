// Integration: the backtest against the real search engine and the Detection Engine emulator. On generated
// CloudTrail data with planted scenarios it lists exactly the planted first-time pairs at their runs, nothing for
// daily automation, a re-alert after more than the history window and the storm of a short baseline; it equals
// the emulator's executor replayed on every scheduled run of the range; and exceptions added from its suggestions
// change the next backtest, the next scheduled run and the alert counts, until removed. An analyst changes nothing.
import type { RuleDefinition } from '../../server/lib/rule';
import { getAlerts } from '../../server/lib/alerts/get_alerts';
import { runBacktest } from '../../server/lib/backtest/run_backtest';
import { deployRule } from '../../server/lib/deploy/deploy_rule';
import {
  addException,
  listExceptions,
  READ_ONLY_EXCEPTIONS,
  removeException,
} from '../../server/lib/exceptions/rule_exceptions';
import type { BacktestResponse, ExceptionsResponse } from '../../common/api';
import { cloudTrailEvent, type EventSpec } from '../stack/kibana/testing/cloudtrail_event';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../support/integration/emulator_fixture';
import { loadNamespacedData, type NamespacedData } from '../support/integration/namespaced_data';
import { runCli } from '../support/integration/run_cli';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const INTERVAL = 5 * MINUTE;
const NOW = new Date(Math.floor(Date.now() / INTERVAL) * INTERVAL);
const REPLAY_DAYS = 2;
const RETURNING = { account: '999900001111', user: 'returning-auditor' };

let stack: EmulatorFixture;
let clock = NOW;

interface Setup {
  namespace: string;
  space: string;
  data: NamespacedData;
  rule: RuleDefinition;
  ruleUuid: string;
}

const pair = (terms: Record<string, string>) =>
  `${terms['cloud.account.id']}/${terms['user.name']}`;
/** The `user.name` a suggestion's entries name. */
const identityOf = (suggestion: BacktestResponse['suggestions'][number]): string => {
  const entry = suggestion.entries.find((e) => e.field === 'user.name');
  return entry && 'value' in entry ? String(entry.value) : '';
};
const key = (accountId: string, userName: string) => `${accountId}/${userName}`;
/** The end of the first scheduled run (every 5 minutes back from NOW) at or after `iso`. */
const runAfter = (iso: string) =>
  new Date(NOW.getTime() - Math.floor((NOW.getTime() - Date.parse(iso)) / INTERVAL) * INTERVAL);

async function setUp(namespace: string, space: string, days: number, seed: string): Promise<Setup> {
  const rule: RuleDefinition = {
    ...stack.rule,
    rule: { ...stack.rule.rule, index: [`logs-aws.cloudtrail-${namespace}*`] },
  };
  const data = await loadNamespacedData(stack.es, namespace, {
    seed,
    now: NOW,
    days,
    eventsPerDay: 300,
    rareRecon: 4,
    rareWithoutIngested: 1,
    rareWindowHours: 20,
  });
  const deployed = await deployRule(stack.context(space, { rule, now: () => NOW }), {
    enable: true,
  });
  return { namespace, space, data, rule, ruleUuid: String(deployed.rule.id) };
}

const context = (setup: Setup, username = 'elastic') =>
  stack.context(setup.space, { username, rule: setup.rule, now: () => NOW });

async function alertsOfRule(setup: Setup) {
  const answer = await stack.es.search<Record<string, unknown>>({
    index: `.alerts-security.alerts-${setup.space}`,
    size: 10_000,
    query: { term: { 'kibana.alert.rule.uuid': setup.ruleUuid } },
  });
  return answer.hits.hits.map((hit) => hit._source ?? {});
}

/** Indexes one hand-made event into a setup's data stream (its namespace is a constant there). */
async function plant(setup: Setup, spec: EventSpec): Promise<void> {
  const event = cloudTrailEvent(spec);
  await stack.es.index({
    index: `logs-aws.cloudtrail-${setup.namespace}`,
    op_type: 'create',
    refresh: true,
    document: {
      ...event,
      data_stream: { dataset: 'aws.cloudtrail', type: 'logs', namespace: setup.namespace },
    },
  });
}

let main: Setup;
let storm: Setup;
let backtest: BacktestResponse;
let stormBacktest: BacktestResponse;

beforeAll(async () => {
  stack = await startEmulatorFixture({ now: () => clock, prebuiltPackage: 'empty' });
  main = await setUp('backtest_it', 'backtest-it', 12, 'backtest-it');
  // A pair seen 11½ days ago and again 30 hours ago: new again once its last call left the 10-day window.
  for (const at of [NOW.getTime() - 11.5 * DAY, NOW.getTime() - 30 * 60 * MINUTE]) {
    await plant(main, {
      account: RETURNING.account,
      user: RETURNING.user,
      action: 'GetInventory',
      at: new Date(at),
    });
  }
  storm = await setUp('backtest_storm', 'backtest-storm', 3, 'backtest-storm');
  backtest = await runBacktest(context(main), { days: REPLAY_DAYS });
  stormBacktest = await runBacktest(context(storm), { days: 3 });
}, 600_000);

afterAll(async () => {
  await main?.data.remove();
  await storm?.data.remove();
  await stack?.stop();
});

describe('backtest over generated data with planted scenarios', () => {
  it('lists exactly the planted first-time pairs and the returning pair, each at the run after its first event', () => {
    const { manifest } = main.data;
    const planted = [...manifest.rareRecon, ...manifest.rareReconWithoutIngested];
    expect(planted.length).toBe(5);
    expect(backtest.alerts.map((alert) => pair(alert.terms)).sort()).toEqual(
      [
        ...planted.map((p) => key(p.accountId, p.userName)),
        key(RETURNING.account, RETURNING.user),
      ].sort(),
    );
    for (const p of planted) {
      const alert = backtest.alerts.find((a) => pair(a.terms) === key(p.accountId, p.userName));
      const first = p.firstIngested ?? p.firstTimestamp;
      expect(alert?.eventTime).toBe(new Date(first).toISOString());
      expect(alert?.time).toBe(runAfter(first).toISOString());
      expect(alert?.returning).toBe(false);
      expect(alert?.context['user_agent.original']).toEqual(expect.any(String));
    }
  });

  it('re-alerts a pair that comes back after more than the history window', () => {
    const returning = backtest.alerts.find(
      (alert) => pair(alert.terms) === key(RETURNING.account, RETURNING.user),
    );
    expect(returning).toMatchObject({
      returning: true,
      eventTime: new Date(NOW.getTime() - 30 * 60 * MINUTE + 30_000).toISOString(),
    });
  });

  it('raises nothing for the daily automation', () => {
    const raised = new Set(backtest.alerts.map((alert) => pair(alert.terms)));
    expect(main.data.manifest.dailyAutomation.length).toBeGreaterThan(0);
    for (const automation of main.data.manifest.dailyAutomation) {
      expect(raised.has(key(automation.accountId, automation.userName))).toBe(false);
    }
    expect(backtest.suggestions).toEqual([]);
  });

  it('reports the range, the runs, a full baseline per day and searches that do not follow the runs', () => {
    expect(backtest.range.to).toBe(NOW.toISOString());
    expect(backtest.runs.total).toBe((REPLAY_DAYS * DAY) / INTERVAL);
    expect(backtest.days.reduce((sum, day) => sum + day.alerts, 0)).toBe(backtest.alerts.length);
    expect(backtest.days[backtest.days.length - 1]).toMatchObject({
      date: NOW.toISOString().slice(0, 10),
      baseline_days: 10,
    });
    expect(backtest.forecast.baselineDays).toBe(10);
    expect(backtest.searches).toBeLessThanOrEqual(6);
  });

  it('equals the emulator executor replayed on every scheduled run of the same range', async () => {
    for (let k = backtest.runs.total - 1; k >= 0; k -= 1) {
      clock = new Date(NOW.getTime() - k * INTERVAL);
      await stack.emulator.runRules({ space: main.space });
    }
    const replayed = (await alertsOfRule(main)).map((alert) => ({
      time: alert['@timestamp'],
      pair: (alert['kibana.alert.new_terms'] as string[]).join('/'),
    }));
    const computed = backtest.alerts.map((alert) => ({
      time: alert.time,
      pair: pair(alert.terms),
    }));
    const order = (a: { pair: string }, b: { pair: string }) => a.pair.localeCompare(b.pair);
    expect(replayed.sort(order)).toEqual(computed.sort(order));
    expect(stack.emulator.rejectedRequests()).toEqual([]);
  }, 600_000);
});

describe('backtest on a cluster with a short baseline', () => {
  it('shows the storm: every identity is new on the first day, and the forecast says why', () => {
    const { manifest } = storm.data;
    const raised = new Set(stormBacktest.alerts.map((alert) => pair(alert.terms)));
    for (const automation of manifest.dailyAutomation) {
      expect(raised.has(key(automation.accountId, automation.userName))).toBe(true);
    }
    const firstDay = stormBacktest.days.find((day) => day.alerts > 0);
    expect(firstDay?.baseline_days).toBe(0);
    expect(firstDay?.alerts).toBeGreaterThan(stormBacktest.alerts.length / 2);
    expect(stormBacktest.forecast.baselineDays).toBe(3);
    expect(stormBacktest.forecast.reasons.join(' ')).toContain('covers 3 of 10 days');
  });

  it('suggests exceptions for routine callers, never for a planted first-time caller', () => {
    const planted = new Set(
      [...storm.data.manifest.rareRecon, ...storm.data.manifest.rareReconWithoutIngested].map((p) =>
        key(p.accountId, p.userName),
      ),
    );
    expect(stormBacktest.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of stormBacktest.suggestions) {
      const user = identityOf(suggestion);
      const covered = stormBacktest.alerts.filter((alert) => alert.terms['user.name'] === user);
      expect(covered.length).toBe(suggestion.alerts_removed);
      for (const alert of covered) expect(planted.has(pair(alert.terms))).toBe(false);
    }
  });
});

describe('exceptions from the suggestions', () => {
  const NEW_ACCOUNT = '555566667777';

  it('an analyst gets 403 with the read-only explanation and nothing changes', async () => {
    const [suggestion] = stormBacktest.suggestions;
    await expect(
      addException(context(storm, 'analyst'), { entries: suggestion.entries }),
    ).rejects.toMatchObject({
      statusCode: 403,
      message: READ_ONLY_EXCEPTIONS,
    });
    expect((await listExceptions(context(storm, 'analyst'))).items).toEqual([]);
    expect((await runBacktest(context(storm), { days: 3 })).alerts).toEqual(stormBacktest.alerts);
  });

  it('adding one changes the next backtest and the next scheduled run; removing it restores both', async () => {
    const [suggestion] = stormBacktest.suggestions;
    const identity = identityOf(suggestion);
    const listed = await addException(context(storm), {
      entries: suggestion.entries,
      name: suggestion.name,
    });
    expect(listed.items).toEqual([
      expect.objectContaining({ entries: suggestion.entries, addedHere: true }),
    ]);

    const after = await runBacktest(context(storm), { days: 3 });
    expect(after.exceptionsApplied).toBe(1);
    expect(after.alerts.filter((alert) => alert.terms['user.name'] === identity)).toEqual([]);
    expect(after.alerts.length).toBe(stormBacktest.alerts.length - suggestion.alerts_removed);

    // The identity shows up in an account it never called from: new to the rule, but excepted.
    await plant(storm, {
      account: NEW_ACCOUNT,
      user: identity,
      action: 'ListCommands',
      at: new Date(NOW.getTime() + 4.5 * MINUTE),
      ingestedAfterMs: 0,
    });
    const newPair = key(NEW_ACCOUNT, identity);
    const raisedFor = async () =>
      (await alertsOfRule(storm)).filter(
        (alert) => (alert['kibana.alert.new_terms'] as string[]).join('/') === newPair,
      ).length;
    clock = new Date(NOW.getTime() + 5 * MINUTE);
    await stack.emulator.runRules({ space: storm.space });
    expect(await raisedFor()).toBe(0);
    const countsWith = await getAlerts(
      stack.context(storm.space, { rule: storm.rule, now: () => clock }),
    );

    const [item] = listed.items;
    await expect(removeException(context(storm, 'analyst'), item.id)).rejects.toMatchObject({
      statusCode: 403,
    });
    expect((await removeException(context(storm), item.id)).items).toEqual([]);
    const restored = await runBacktest(context(storm), { days: 3 });
    expect(restored.alerts).toEqual(stormBacktest.alerts);
    expect(restored.exceptionsApplied).toBe(0);

    clock = new Date(NOW.getTime() + 10 * MINUTE);
    await stack.emulator.runRules({ space: storm.space });
    expect(await raisedFor()).toBe(1);
    const countsWithout = await getAlerts(
      stack.context(storm.space, { rule: storm.rule, now: () => clock }),
    );
    expect(countsWithout.totals['24h']).toBe(countsWith.totals['24h'] + 1);
    expect(stack.emulator.rejectedRequests()).toEqual([]);
  }, 120_000);
});

describe('the backtest and exceptions commands', () => {
  const cli = (args: string[], username = 'elastic') =>
    runCli(args, {
      ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL ?? '',
      KIBANA_URL: stack.emulator.url,
      KIBANA_SPACE: storm.space,
      ELASTIC_USERNAME: username,
      ELASTIC_PASSWORD: 'changeme',
    });

  it('backtest --json prints range, alerts, days, forecast and suggestions, and exits 0', async () => {
    const run = await cli(['backtest', '--days', '3', '--json']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as BacktestResponse;
    expect(Date.parse(answer.range.to)).toBeGreaterThan(Date.parse(answer.range.from));
    expect(answer.alerts.length).toBeGreaterThan(0);
    expect(answer.alerts[0]).toEqual(
      expect.objectContaining({
        time: expect.any(String),
        terms: { 'cloud.account.id': expect.any(String), 'user.name': expect.any(String) },
      }),
    );
    expect(answer.days.map((day) => Object.keys(day).sort())).toContainEqual([
      'alerts',
      'baseline_days',
      'date',
    ]);
    expect(answer.forecast.reasons.length).toBeGreaterThan(0);
    expect(answer.suggestions[0]).toEqual(
      expect.objectContaining({ entries: expect.any(Array), alerts_removed: expect.any(Number) }),
    );
  }, 120_000);

  it('refuses --days outside 1–30 with exit 2 and one line', async () => {
    const run = await cli(['backtest', '--days', '31']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/--days must be an integer from 1 to 30/);
  });

  it('exceptions add as the analyst exits 2 with the read-only reason; list shows nothing was added', async () => {
    const add = await cli(['exceptions', 'add', '--match', 'user.name=someone'], 'analyst');
    expect(add.code).toBe(2);
    expect(add.stderr).toContain('not change its exceptions');
    const list = await cli(['exceptions', 'list', '--json'], 'analyst');
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as ExceptionsResponse).items).toEqual([]);
  });
});
