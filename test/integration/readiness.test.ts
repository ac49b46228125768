// Readiness against the embedded search engine, on generated CloudTrail data: a healthy cluster, a 3-day cluster,
// a cluster without event.ingested, a Filebeat-only cluster and an empty one. Each scenario lives in its own
// namespace and the rule's index patterns are narrowed to it, because every test file shares one engine.
import { Client } from '@elastic/elasticsearch';
import type { PatternReadiness, ReadinessCheck, ReadinessResponse } from '../../common/api';
import { loadRuleDefinition, type RuleDefinition } from '../../server/lib/rule';
import { variant } from '../support/bundled_rule_text';
import type { DetectionEngineClient } from '../../server/lib/detection_engine/detection_engine_client';
import { silentLogger } from '../../server/lib/logger';
import { checkReadiness } from '../../server/lib/readiness/check_readiness';
import { DEMO_PASSWORD } from '../stack/auth/users';
import { bulkLoad } from '../stack/data/bulk_load';
import { generateCloudTrail } from '../stack/data/generate';
import type { GeneratorOptions } from '../stack/data/generator_options';
import { OpenSearchCompatTransport } from '../stack/engine/compat_transport';
import { testEngineUrl } from '../stack/engine/test_client';
import { engineFromEnv } from '../stack/engine/engine_kind';
import { fieldTypeOn } from '../stack/templates/engine_field_types';
import { installCloudTrailTemplates } from '../stack/templates/install_templates';

const NOW = new Date(Math.floor(Date.now() / 60_000) * 60_000);
const BUNDLED_INDEX = 'index = ["filebeat-*", "logs-aws.cloudtrail-*"]';

/** Readiness must never need Kibana: any call fails the test. */
const noKibana = new Proxy({} as DetectionEngineClient, {
  get: (_target, property) => {
    if (property === 'spaceId') return 'default';
    throw new Error(`readiness called the Detection Engine (${String(property)})`);
  },
});

/** The bundled rule with its two patterns narrowed to one scenario's indices. */
function ruleFor(scenario: string): RuleDefinition {
  return loadRuleDefinition(
    variant([
      BUNDLED_INDEX,
      `index = ["filebeat-rdy_${scenario}*", "logs-aws.cloudtrail-rdy_${scenario}*"]`,
    ]),
  );
}

const SMALL: Partial<GeneratorOptions> = { eventsPerDay: 400, accounts: 2, usersPerAccount: 3 };

function scenarioData(scenario: string, options: Partial<GeneratorOptions>) {
  return generateCloudTrail({
    ...SMALL,
    ...options,
    seed: `readiness-${scenario}`,
    now: NOW,
    namespace: `rdy_${scenario}`,
    filebeatVersion: `rdy_${scenario}`,
  });
}

let loader: Client;
let caller: Client;

async function readiness(scenario: string): Promise<ReadinessResponse> {
  return checkReadiness({
    detectionEngine: noKibana,
    elasticsearch: caller,
    rule: ruleFor(scenario),
    spaceId: 'default',
    logger: silentLogger,
    now: () => NOW,
  });
}

function pattern(result: ReadinessResponse, prefix: string): PatternReadiness {
  const found = result.patterns.find((p) => p.pattern.startsWith(prefix));
  if (!found)
    throw new Error(`no pattern ${prefix} in ${result.patterns.map((p) => p.pattern).join(', ')}`);
  return found;
}

function check(p: PatternReadiness, id: string): ReadinessCheck {
  const found = p.checks.find((c) => c.id === id);
  if (!found)
    throw new Error(`no ${id} check for ${p.pattern}: ${p.checks.map((c) => c.id).join(', ')}`);
  return found;
}

function statuses(p: PatternReadiness): Record<string, string> {
  return Object.fromEntries(p.checks.map((c) => [c.id, c.status]));
}

const results: Record<string, ReadinessResponse> = {};

beforeAll(async () => {
  // Bulk loading on a busy shared machine can take longer than the default request timeout.
  loader = new Client({
    node: testEngineUrl(),
    Transport: OpenSearchCompatTransport,
    maxRetries: 2,
    requestTimeout: 120_000,
  });
  // The service gets an unmodified official client, as in production (through the test stack's proxy, which
  // authenticates like a secured Elasticsearch: the caller is the superuser, so only the data decides).
  caller = new Client({
    node: process.env.ELASTICSEARCH_URL ?? '',
    auth: { username: 'elastic', password: DEMO_PASSWORD },
  });
  const namespaces = ['healthy', 'short', 'noingest', 'fbonly'].map((s) => `rdy_${s}`);
  await installCloudTrailTemplates(loader, { namespaces });
  const sets = [
    scenarioData('healthy', { rareWithoutIngested: 0 }),
    scenarioData('short', { days: 3, rareWithoutIngested: 0 }),
    scenarioData('noingest', {}),
    scenarioData('fbonly', { filebeatShare: 1 }),
  ];
  for (const set of sets) {
    const onlyFilebeat = set.options.namespace === 'rdy_fbonly';
    // Indexed outside Fleet: no final pipeline, so no document of this cluster carries event.ingested.
    const withoutIngested = set.options.namespace === 'rdy_noingest';
    const documents = (function* () {
      for (const document of set.documents()) {
        if (onlyFilebeat && !document.index.startsWith('filebeat-')) continue;
        if (withoutIngested && document.doc.event) delete document.doc.event.ingested;
        yield document;
      }
    })();
    const loaded = await bulkLoad(loader, documents, { refresh: true });
    expect(loaded.failed).toBe(0);
  }
  await loader.indices.refresh({ index: 'logs-aws.cloudtrail-rdy_*,filebeat-rdy_*' });
  for (const scenario of ['healthy', 'short', 'noingest', 'fbonly', 'empty']) {
    results[scenario] = await readiness(scenario);
  }
}, 300_000);

afterAll(async () => {
  await caller?.close();
  await loader?.close();
});

describe('readiness on generated clusters', () => {
  it('passes a healthy cluster: data flows, every field fits, the query matches, 10 days of baseline', () => {
    const result = results.healthy;
    const logs = pattern(result, 'logs-aws.cloudtrail-');
    expect(result.status).toBe('pass');
    expect(statuses(logs)).toEqual({
      resolves: 'pass',
      documents: 'pass',
      freshness: 'pass',
      mapping: 'pass',
      query_fields: 'pass',
      query_matches: 'pass',
      baseline: 'pass',
      timestamp_override: 'pass',
    });
    expect(logs.targets).toEqual(['logs-aws.cloudtrail-rdy_healthy']);
    expect(logs.documentsInHistoryWindow).toBeGreaterThan(3_000);
    expect(logs.matchingInHistoryWindow).toBeGreaterThan(0);
    expect(logs.baselineDays).toBe(10);
    expect(logs.timestampOverrideShare).toBe(1);
    expect(Date.parse(logs.newestTimestampOverride ?? '')).toBeLessThanOrEqual(NOW.getTime());
    expect(logs.fields.every((f) => f.ok)).toBe(true);
    // constant_keyword, or its keyword stand-in on the embedded Elasticsearch: readiness accepts both.
    expect(logs.fields.find((f) => f.field === 'data_stream.dataset')?.types).toEqual([
      fieldTypeOn(engineFromEnv(process.env), 'constant_keyword'),
    ]);
    // The empty Filebeat pattern does not count against the cluster while the other one feeds the rule.
    const filebeat = pattern(result, 'filebeat-');
    expect(filebeat).toMatchObject({ resolves: false, status: 'pass' });
    expect(result.findings.map((f) => [f.id, f.status])).toEqual([['data_feed', 'pass']]);
  });

  it('warns about a 3-day cluster: every user would look new', () => {
    const result = results.short;
    const logs = pattern(result, 'logs-aws.cloudtrail-');
    expect(result.status).toBe('warn');
    expect(logs.baselineDays).toBe(3);
    const baseline = check(logs, 'baseline');
    expect(baseline.status).toBe('warn');
    expect(baseline.finding).toContain('covers only 3 of the 10 days');
    expect(baseline.fix).toContain('about 7 more days');
    expect(statuses(logs)).toMatchObject({
      documents: 'pass',
      query_matches: 'pass',
      timestamp_override: 'pass',
    });
  });

  it('warns about a cluster without event.ingested: the rule falls back to @timestamp', () => {
    const result = results.noingest;
    const logs = pattern(result, 'logs-aws.cloudtrail-');
    expect(result.status).toBe('warn');
    expect(logs.timestampOverrideShare).toBe(0);
    expect(logs.newestTimestampOverride).toBeNull();
    expect(logs.newestEvent).not.toBeNull();
    // The fallback still lets the rule (and these counts) see the documents by @timestamp.
    expect(logs.documentsInHistoryWindow).toBeGreaterThan(3_000);
    expect(logs.baselineDays).toBe(10);
    const override = check(logs, 'timestamp_override');
    expect(override.status).toBe('warn');
    expect(override.finding).toContain('carry `event.ingested`');
    expect(override.finding).toContain('falls back to `@timestamp`');
    expect(override.fix).toContain('`event.ingested`');
  });

  it('fails a Filebeat-only cluster, deriving that its documents lack a field the query requires', () => {
    const result = results.fbonly;
    expect(result.status).toBe('fail');
    const filebeat = pattern(result, 'filebeat-');
    expect(filebeat.resolves).toBe(true);
    expect(filebeat.documentsInHistoryWindow).toBeGreaterThan(3_000);
    expect(filebeat.matchingInHistoryWindow).toBe(0);
    const fields = check(filebeat, 'query_fields');
    expect(fields.status).toBe('fail');
    expect(fields.finding).toMatch(
      /^`filebeat-rdy_fbonly\*` documents never match this query: they carry no `data_stream.dataset`/,
    );
    expect(filebeat.fields.find((f) => f.field === 'data_stream.dataset')).toMatchObject({
      types: [],
      ok: false,
    });
    expect(pattern(result, 'logs-aws.cloudtrail-').resolves).toBe(false);
    expect(result.findings[0]).toMatchObject({ id: 'data_feed', status: 'fail' });
  });

  it('fails an empty cluster: no pattern resolves', () => {
    const result = results.empty;
    expect(result.status).toBe('fail');
    expect(result.patterns.every((p) => !p.resolves && p.status === 'warn')).toBe(true);
    expect(result.findings[0].finding).toContain('No index matches any of the rule');
  });

  it('reports the windows it used, all derived from the rule', () => {
    expect(results.healthy).toMatchObject({
      historyWindowStart: 'now-10d',
      historyWindowDays: 10,
      recentWindowMinutes: 6,
      timestampField: 'event.ingested',
      checkedAt: NOW.toISOString(),
    });
  });
});
