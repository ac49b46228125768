import type { LastExecution } from '../../../common/api';
import { healthCauses } from './causes';
import { decideVerdict, ruleIntervalMs, staleness, type HealthFacts } from './verdict';
import type { KibanaRule } from '../detection_engine/detection_engine_client';

const rule = (fields: Partial<KibanaRule> = {}): KibanaRule =>
  ({
    id: 'so',
    rule_id: 'r',
    name: 'n',
    version: 3,
    enabled: true,
    interval: '5m',
    ...fields,
  }) as KibanaRule;

const run = (fields: Partial<LastExecution> = {}): LastExecution => ({
  date: '2025-06-01T11:58:00Z',
  status: 'succeeded',
  message: 'Rule execution completed successfully',
  searchDurationMs: 20,
  indexingDurationMs: 0,
  gapDurationS: null,
  ...fields,
});

function facts(fields: Partial<HealthFacts> = {}): HealthFacts {
  return {
    deployed: rule(),
    copy: 'custom',
    duplicate: null,
    bundledVersion: 3,
    lastExecution: run(),
    staleness: { stale: false, intervalMs: 300_000, since: '2025-06-01T11:58:00Z' },
    canWrite: true,
    ...fields,
  };
}

function judge(input: HealthFacts) {
  const causes = healthCauses(input);
  return { verdict: decideVerdict(input, causes), codes: causes.map((c) => c.code) };
}

describe('verdict and causes', () => {
  it('not deployed', () => {
    expect(
      judge(facts({ deployed: null, copy: null, lastExecution: null, staleness: null })),
    ).toEqual({
      verdict: 'not_deployed',
      codes: ['not_deployed'],
    });
  });

  it('disabled wins over an old failure', () => {
    expect(
      judge(
        facts({ deployed: rule({ enabled: false }), lastExecution: run({ status: 'failed' }) }),
      ),
    ).toEqual({
      verdict: 'disabled',
      codes: ['disabled'],
    });
  });

  it('healthy', () => {
    expect(judge(facts())).toEqual({ verdict: 'healthy', codes: [] });
  });

  it('warning with the timestamp-override cause and its fix', () => {
    const input = facts({
      lastExecution: run({
        status: 'partial failure',
        message:
          'The following indices are missing the timestamp override field "event.ingested": ["filebeat-1"]',
      }),
    });
    const causes = healthCauses(input);
    expect(decideVerdict(input, causes)).toBe('warning');
    expect(causes[0]).toMatchObject({ code: 'missing_timestamp_override', severity: 'warning' });
    expect(causes[0].fix).toContain('event.ingested');
  });

  it('failing, with an unknown failure message shown as is', () => {
    const result = judge(facts({ lastExecution: run({ status: 'failed', message: 'boom' }) }));
    expect(result).toEqual({ verdict: 'failing', codes: ['execution_failed'] });
  });

  it('stale wins over failing, and the stale cause is the first', () => {
    const result = judge(
      facts({
        lastExecution: run({ status: 'failed', message: 'boom' }),
        staleness: { stale: true, intervalMs: 300_000, since: '2025-06-01T10:00:00Z' },
      }),
    );
    expect(result.verdict).toBe('stale');
    expect(result.codes[0]).toBe('stale');
  });

  it('a gap or a run longer than the interval is a warning even after a success', () => {
    expect(judge(facts({ lastExecution: run({ gapDurationS: 600 }) }))).toEqual({
      verdict: 'warning',
      codes: ['execution_gap'],
    });
    expect(judge(facts({ lastExecution: run({ searchDurationMs: 400_000 }) })).codes).toEqual([
      'slow_run',
    ]);
  });

  it('before the first run: pending, never healthy, with when the first run is due', () => {
    expect(judge(facts({ lastExecution: null }))).toEqual({
      verdict: 'pending',
      codes: ['not_run_yet'],
    });
    const enabledAt = '2025-06-01T11:58:00.000Z';
    const waiting = facts({
      lastExecution: null,
      staleness: { stale: false, intervalMs: 300_000, since: enabledAt },
    });
    const [cause] = healthCauses(waiting);
    expect(cause.detail).toContain('every 5 minutes');
    expect(cause.detail).toContain('due by 2025-06-01T12:03:00.000Z');
    expect(cause.fix).not.toMatch(/Refresh/);
  });

  it('an available upgrade and a duplicate copy are reported', () => {
    const result = judge(
      facts({
        deployed: rule({ version: 2 }),
        copy: 'prebuilt',
        duplicate: rule({ rule_id: 'custom-id' }),
      }),
    );
    expect(result.codes).toEqual(['upgrade_available', 'duplicate_copies']);
    expect(result.verdict).toBe('warning');
  });
});

describe('fixes that need write access', () => {
  const ASK_ADMIN =
    /^Ask an administrator with rule write privileges \(the Security Rules "All" privilege\) to .+; your role can read the rule but not change it\.$/;
  const fixes = (input: HealthFacts) =>
    Object.fromEntries(healthCauses(input).map((cause) => [cause.code, cause.fix]));
  const prebuiltWithEverything = (canWrite: boolean) =>
    fixes(
      facts({
        deployed: rule({
          version: 2,
          rule_source: { type: 'external', is_customized: true },
        } as Partial<KibanaRule>),
        copy: 'prebuilt',
        duplicate: rule({ rule_id: 'custom-id' }),
        canWrite,
      }),
    );
  const stale = (canWrite: boolean) =>
    fixes(
      facts({
        staleness: { stale: true, intervalMs: 300_000, since: '2025-06-01T10:00:00Z' },
        canWrite,
      }),
    ).stale;

  it('tell an administrator what to do', () => {
    const admin = prebuiltWithEverything(true);
    expect(admin.upgrade_available).toBe(
      'Update Elastic’s prebuilt rules from Kibana Security → Rules → Rule updates.',
    );
    expect(admin.customized).toBe(
      'Nothing to do unless the edits were unintended. Then revert them in Kibana Security.',
    );
    expect(admin.duplicate_copies).toMatch(/^Delete the custom copy \(rule_id custom-id\)/);
    expect(stale(true)).toMatch(/disable and re-enable the rule to give it a new key\.$/);
  });

  it('ask a read-only user to turn to an administrator instead', () => {
    const reader = prebuiltWithEverything(false);
    expect(reader.upgrade_available).toMatch(ASK_ADMIN);
    expect(reader.upgrade_available).toMatch(/to update Elastic’s prebuilt rules/);
    expect(reader.duplicate_copies).toMatch(ASK_ADMIN);
    expect(reader.duplicate_copies).toMatch(/to delete the custom copy \(rule_id custom-id\)/);
    expect(reader.customized).toMatch(
      /^Nothing to do unless the edits were unintended\. Ask an administrator/,
    );
    expect(stale(false)).toMatch(
      /^Check Kibana Task Manager health and the Kibana server logs\. Ask an administrator .+ to disable and re-enable the rule/,
    );
  });

  it('add who can act to a known warning whose fix changes the rule, and only to those', () => {
    const READER_NOTE =
      ' Your role can read the rule but not change it: ask an administrator with rule write privileges (the Security Rules "All" privilege) to do this.';
    const warned = (message: string, canWrite: boolean) =>
      healthCauses(
        facts({ lastExecution: run({ status: 'partial failure', message }), canWrite }),
      )[0];
    const privileges =
      'This rule may not have the required read privileges to the following index patterns: ["logs-aws.cloudtrail-*"]';
    const override =
      'The following indices are missing the timestamp override field "event.ingested": ["filebeat-8"]';

    const admin = warned(privileges, true);
    const reader = warned(privileges, false);
    expect(admin.code).toBe('missing_read_privileges');
    expect(admin.fix.endsWith(READER_NOTE)).toBe(false);
    expect(reader.fix).toBe(admin.fix + READER_NOTE);
    // Fixing the ingest pipeline is not a change to the rule; only its alternative, narrowing the index patterns,
    // is one the reader must ask for.
    expect(warned(override, true).fix).toMatch(
      /, or narrow the index patterns to exclude those indices\. /,
    );
    expect(warned(override, false).fix).toBe(
      warned(override, true).fix.replace(
        ', or narrow',
        ', or ask an administrator with rule write privileges to narrow',
      ),
    );
    // A run slower than the interval: lengthening it changes the rule.
    const slow = (canWrite: boolean) =>
      healthCauses(facts({ lastExecution: run({ searchDurationMs: 400_000 }), canWrite })).find(
        (cause) => cause.code === 'slow_run',
      )?.fix;
    expect(slow(false)).toBe(`${slow(true)}${READER_NOTE}`);
  });
});

const staleRule = rule;
const staleNow = new Date('2025-06-01T12:00:00Z');

describe('rule interval', () => {
  it("reads Kibana interval strings and falls back to Kibana's 5m", () => {
    expect(ruleIntervalMs({ interval: '30s' })).toBe(30_000);
    expect(ruleIntervalMs({ interval: '2h' })).toBe(7_200_000);
    expect(ruleIntervalMs({})).toBe(300_000);
    expect(ruleIntervalMs({ interval: 'soon' })).toBe(300_000);
  });
});

describe('staleness', () => {
  it('is stale after more than two intervals without a run', () => {
    expect(staleness(staleRule({}), '2025-06-01T11:49:00Z', staleNow).stale).toBe(true);
    expect(staleness(staleRule({}), '2025-06-01T11:51:00Z', staleNow).stale).toBe(false);
  });

  it("follows the rule's own interval", () => {
    expect(staleness(staleRule({ interval: '1h' }), '2025-06-01T11:00:00Z', staleNow).stale).toBe(
      false,
    );
    expect(staleness(staleRule({ interval: '1h' }), '2025-06-01T09:59:00Z', staleNow).stale).toBe(
      true,
    );
  });

  it('before any run, counts from the last change (enable) of the rule', () => {
    expect(staleness(staleRule({ updated_at: '2025-06-01T11:58:00Z' }), null, staleNow).stale).toBe(
      false,
    );
    expect(staleness(staleRule({ updated_at: '2025-06-01T10:00:00Z' }), null, staleNow)).toEqual({
      stale: true,
      intervalMs: 300_000,
      since: '2025-06-01T10:00:00Z',
    });
  });

  it('a disabled rule is never stale', () => {
    expect(staleness(staleRule({ enabled: false }), '2025-05-01T00:00:00Z', staleNow).stale).toBe(
      false,
    );
  });
});
