// The generator end to end, in memory: determinism, exact counts, timing, realism, and that exactly the
// planted (account, user) pairs are new to the rule while the scheduled automation never is.

import { createHash } from 'node:crypto';
import type { CloudTrailEcsDocument, GeneratedDocument } from './ecs_document';
import { fieldShape, type LeafType } from './field_shape';
import { loadFixturePairs } from './fixture_pairs';
import { generateCloudTrail, type CloudTrailDataSet } from './generate';
import { GENERATOR_PRESETS, resolveOptions } from './generator_options';
import { matchesRuleQuery, newTermsKey } from './rule_query_match';
import { DAY, HOUR, MINUTE } from './timing';

const NOW = '2026-03-01T12:00:00.000Z';
const NOW_MS = Date.parse(NOW);
const SMALL = { now: NOW, days: 12, eventsPerDay: 300, accounts: 3, usersPerAccount: 6 } as const;

function collect(dataSet: CloudTrailDataSet): GeneratedDocument[] {
  return [...dataSet.documents()];
}

function digest(docs: GeneratedDocument[]): string {
  const hash = createHash('sha256');
  for (const d of docs) hash.update(d.index).update(JSON.stringify(d.doc));
  return hash.digest('hex');
}

/** The time the rule sees: event.ingested, falling back to @timestamp. */
function ruleTime(doc: CloudTrailEcsDocument): number {
  return Date.parse(doc.event.ingested ?? doc['@timestamp']);
}

/** First matching time per new-terms pair. */
function firstSeen(docs: GeneratedDocument[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const { index, doc } of docs) {
    if (!matchesRuleQuery(doc, index)) continue;
    const key = newTermsKey(doc);
    if (key === undefined) continue;
    const t = ruleTime(doc);
    if (!first.has(key) || t < first.get(key)!) first.set(key, t);
  }
  return first;
}

describe('generateCloudTrail', () => {
  const dataSet = generateCloudTrail(SMALL);
  const docs = collect(dataSet);
  const { manifest } = dataSet;

  it('is deterministic for a seed and differs across seeds', () => {
    expect(digest(collect(generateCloudTrail(SMALL)))).toBe(digest(docs));
    expect(generateCloudTrail(SMALL).manifest).toEqual(manifest);
    expect(digest(collect(generateCloudTrail({ ...SMALL, seed: 'other' })))).not.toBe(digest(docs));
  });

  it('yields exactly the documents the manifest announces, per index', () => {
    expect(docs).toHaveLength(manifest.documents.total);
    expect(manifest.documents.background).toBe(12 * 300);
    const byIndex: Record<string, number> = {};
    for (const d of docs) byIndex[d.index] = (byIndex[d.index] ?? 0) + 1;
    expect(byIndex).toEqual(manifest.documents.byIndex);
    expect(docs.filter((d) => d.doc.event.ingested === undefined)).toHaveLength(
      manifest.documents.withoutIngested,
    );
  });

  it('streams in event.ingested order, within the history, a few seconds to minutes after @timestamp', () => {
    let previous = 0;
    const historyStart = Date.parse(manifest.historyStart);
    const problems: string[] = [];
    for (const { doc } of docs) {
      if (doc.event.ingested === undefined) continue;
      const ts = Date.parse(doc['@timestamp']);
      const ingested = Date.parse(doc.event.ingested);
      if (ingested < previous) problems.push(`out of order: ${doc.event.ingested}`);
      previous = ingested;
      if (ingested < historyStart || ingested >= NOW_MS)
        problems.push(`outside: ${doc.event.ingested}`);
      const lag = ingested - ts;
      if (lag < 2_000 || lag > 13 * MINUTE) problems.push(`lag ${lag} ms: ${doc.event.id}`);
    }
    expect(problems).toEqual([]);
  });

  it('makes exactly the planted pairs and the scheduled automation match the rule query', () => {
    const first = firstSeen(docs);
    const planted = [...manifest.rareRecon, ...manifest.rareReconWithoutIngested];
    const automation = manifest.dailyAutomation;
    expect(new Set(first.keys())).toEqual(
      new Set([...planted, ...automation].map((p) => `${p.accountId}/${p.userName}`)),
    );
    expect(planted).toHaveLength(
      manifest.rareRecon.length + manifest.rareReconWithoutIngested.length,
    );
    expect(manifest.rareRecon).toHaveLength(4);
    expect(manifest.rareReconWithoutIngested).toHaveLength(1);
  });

  it('plants first-time reconnaissance only in the last hours, at the times the manifest gives', () => {
    const first = firstSeen(docs);
    for (const pair of manifest.rareRecon) {
      const seen = first.get(`${pair.accountId}/${pair.userName}`)!;
      expect(new Date(seen).toISOString()).toBe(pair.firstIngested);
      expect(seen).toBeGreaterThan(NOW_MS - 3 * HOUR);
      expect(pair.documents).toBeGreaterThan(0);
    }
    for (const pair of manifest.rareReconWithoutIngested) {
      const seen = first.get(`${pair.accountId}/${pair.userName}`)!;
      expect(pair.firstIngested).toBeNull();
      expect(new Date(seen).toISOString()).toBe(pair.firstTimestamp);
    }
    expect(manifest.rareRecon.map((p) => p.scenario)).toEqual([
      'rare:iam-user-cli:0',
      'rare:create-association-gather:1',
      'rare:instance-role-stolen-credentials:2',
      'rare:new-iam-user:3',
    ]);
  });

  it('lets the planted pairs be known principals (active in the history) or brand new ones', () => {
    const active = new Set(
      docs
        .filter((d) => Date.parse(d.doc.event.ingested ?? d.doc['@timestamp']) < NOW_MS - 5 * HOUR)
        .map((d) => newTermsKey(d.doc)),
    );
    const known = manifest.rareRecon.filter((p) => active.has(`${p.accountId}/${p.userName}`));
    expect(known.map((p) => p.scenario)).toEqual([
      'rare:iam-user-cli:0',
      'rare:create-association-gather:1',
      'rare:instance-role-stolen-credentials:2',
    ]);
  });

  it('runs the automation on every day of the history', () => {
    for (const pair of manifest.dailyAutomation) {
      const days = new Set(
        docs
          .filter(
            (d) =>
              newTermsKey(d.doc) === `${pair.accountId}/${pair.userName}` &&
              matchesRuleQuery(d.doc, d.index),
          )
          .map((d) => Math.floor((NOW_MS - ruleTime(d.doc)) / DAY)),
      );
      expect([...days].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    }
    expect(manifest.dailyAutomation.map((p) => p.userName)).toContain('AWSServiceRoleForAmazonSSM');
  });

  it('plants the CreateAssociation of AWS-GatherSoftwareInventory as a Java-map string', () => {
    const gather = docs.filter(
      (d) => d.doc.event.action === 'CreateAssociation' && matchesRuleQuery(d.doc, d.index),
    );
    expect(gather).toHaveLength(1);
    expect(gather[0].doc.aws.cloudtrail.request_parameters).toMatch(
      /^\{.*name=AWS-GatherSoftwareInventory.*\}$/,
    );
    expect(gather[0].doc.aws.cloudtrail.request_parameters).toContain(
      'parameters=HIDDEN_DUE_TO_SECURITY_REASONS',
    );
  });

  it('plants decoys that never match as a new term', () => {
    const reasons = manifest.decoys.map((d) => d.reason);
    expect(reasons).toEqual([
      'denied',
      'aws-service',
      'other-document',
      'root-no-user-name',
      'near-miss-action',
    ]);
    for (const decoy of manifest.decoys) {
      const own = docs.filter(
        (d) =>
          d.doc.cloud?.account?.id === decoy.accountId &&
          (d.doc.user?.name ?? null) === decoy.userName &&
          Date.parse(d.doc.event.ingested!) >= Date.parse(decoy.firstIngested) &&
          decoy.actions.includes(d.doc.event.action ?? ''),
      );
      expect(own.length).toBeGreaterThanOrEqual(decoy.documents);
      for (const d of own) {
        expect(matchesRuleQuery(d.doc, d.index) && newTermsKey(d.doc) !== undefined).toBe(false);
      }
    }
  });

  it('looks like a real organisation: many services, identity types, failures, addresses and agents', () => {
    const providers = new Set(docs.map((d) => d.doc.event.provider));
    const actions = new Set(docs.map((d) => d.doc.event.action));
    const types = new Set(docs.map((d) => d.doc.aws.cloudtrail.user_identity.type));
    const failures = docs.filter((d) => d.doc.event.outcome === 'failure').length / docs.length;
    expect(providers.size).toBeGreaterThanOrEqual(12);
    expect(actions.size).toBeGreaterThanOrEqual(50);
    expect(types).toEqual(new Set(['IAMUser', 'AssumedRole', 'AWSService', 'Root']));
    expect(failures).toBeGreaterThan(0.005);
    expect(failures).toBeLessThan(0.08);
    expect(docs.some((d) => d.doc.source?.ip === undefined)).toBe(true);
    expect(docs.filter((d) => d.doc.source?.geo !== undefined).length).toBeGreaterThan(0);
    expect(docs.every((d) => d.doc.user_agent?.original !== undefined)).toBe(true);
    expect(docs.every((d) => d.doc.cloud?.account?.id !== undefined)).toBe(true);
    const ssmRole = docs.find((d) => d.doc.user?.name === 'AWSServiceRoleForAmazonSSM');
    expect(ssmRole?.doc.aws.cloudtrail.user_identity).toMatchObject({
      type: 'AssumedRole',
      invoked_by: 'ssm.amazonaws.com',
    });
  });

  it("writes request_parameters in the pipeline's Java-map form, never JSON", () => {
    const withParams = docs.filter((d) => d.doc.aws.cloudtrail.request_parameters !== undefined);
    expect(withParams.length).toBeGreaterThan(docs.length / 3);
    const notJavaMaps = withParams
      .map((d) => d.doc.aws.cloudtrail.request_parameters!)
      .filter((text) => !/^\{[^"]*=.*\}$/.test(text));
    expect(notJavaMaps).toEqual([]);
  });

  it("has the fixtures' field shapes: same types for shared fields, only known extras", () => {
    const entity =
      /^(actor\.|entity\.|target\.|related\.entity$|(user|host|service)\.(target\.)?entity\.)/;
    const fixtureShape: Record<string, LeafType> = {};
    for (const pair of loadFixturePairs()) Object.assign(fixtureShape, fieldShape(pair.expected));
    const extras =
      /^(data_stream\.(type|dataset|namespace)|event\.(ingested|dataset)|aws\.cloudtrail\.(management_event|error_code)|aws\.cloudtrail\.flattened\..*)$/;
    const generated: Record<string, LeafType> = {};
    for (const d of docs) Object.assign(generated, fieldShape(d.doc));
    for (const [path, type] of Object.entries(generated)) {
      if (path in fixtureShape) expect([path, type]).toEqual([path, fixtureShape[path]]);
      else expect([path, extras.test(path)]).toEqual([path, true]);
    }
    const rulePaths = Object.keys(fixtureShape).filter((p) => !entity.test(p));
    for (const path of [
      'cloud.account.id',
      'user.name',
      'event.action',
      'event.provider',
      'event.outcome',
      'source.ip',
      'user_agent.original',
      'aws.cloudtrail.request_parameters',
      'aws.cloudtrail.user_identity.arn',
      'aws.cloudtrail.user_identity.type',
      'aws.cloudtrail.user_identity.access_key_id',
      'cloud.region',
    ]) {
      expect(rulePaths).toContain(path);
      expect(generated[path]).toBe(fixtureShape[path]);
    }
  });
});

describe('generator scenarios', () => {
  it('short history: 3 days, the automation is only 3 days old, the planted pairs are still the new ones', () => {
    const dataSet = generateCloudTrail({ ...SMALL, ...GENERATOR_PRESETS.shortHistory });
    const docs = collect(dataSet);
    expect(dataSet.manifest.historyStart).toBe(new Date(NOW_MS - 3 * DAY).toISOString());
    const first = firstSeen(docs);
    for (const pair of dataSet.manifest.dailyAutomation) {
      expect(first.get(`${pair.accountId}/${pair.userName}`)).toBeLessThan(
        NOW_MS - 3 * DAY + 2 * HOUR,
      );
    }
  });

  it('legacy Filebeat: documents without data_stream.* in filebeat-<version>, which the query never matches', () => {
    const dataSet = generateCloudTrail({
      ...SMALL,
      eventsPerDay: 200,
      ...GENERATOR_PRESETS.legacyFilebeat,
    });
    const docs = collect(dataSet);
    const filebeat = docs.filter((d) => d.index === 'filebeat-8.17.0');
    expect(filebeat.length).toBe(dataSet.manifest.documents.byIndex['filebeat-8.17.0']);
    expect(filebeat.length).toBeGreaterThan(0.25 * dataSet.manifest.documents.background);
    for (const { doc, index } of filebeat) {
      expect(doc.data_stream).toBeUndefined();
      expect(doc.event.dataset).toBe('aws.cloudtrail');
      expect(doc.fileset?.name).toBe('cloudtrail');
      expect(matchesRuleQuery(doc, index)).toBe(false);
    }
    const decoy = dataSet.manifest.decoys.find((d) => d.reason === 'filebeat');
    expect(decoy?.index).toBe('filebeat-8.17.0');
    expect(
      filebeat.some(
        (d) => d.doc.event.action === 'GetInventory' && d.doc.event.outcome === 'success',
      ),
    ).toBe(true);
  });

  it('partial event.ingested: the share of documents without it is exact', () => {
    const dataSet = generateCloudTrail({
      ...SMALL,
      ...GENERATOR_PRESETS.partialIngested,
      rareWithoutIngested: 0,
    });
    const missing = collect(dataSet).filter((d) => d.doc.event.ingested === undefined).length;
    expect(missing).toBe(dataSet.manifest.documents.withoutIngested);
    expect(missing).toBe(Math.floor(12 * 300 * 0.05 + 0.25));
  });

  it('more planted pairs cycle through every variant, each pair distinct', () => {
    const { manifest } = generateCloudTrail({ ...SMALL, eventsPerDay: 50, rareRecon: 8 });
    const pairs = manifest.rareRecon.map((p) => `${p.accountId}/${p.userName}`);
    expect(new Set(pairs).size).toBe(8);
    expect(manifest.rareRecon.map((p) => p.scenario.split(':')[1])).toEqual([
      'iam-user-cli',
      'create-association-gather',
      'instance-role-stolen-credentials',
      'new-iam-user',
      'known-name-new-account',
      'sso-readonly-console',
      'iam-user-cli',
      'create-association-gather',
    ]);
    const known = manifest.rareRecon[4];
    expect(
      manifest.dailyAutomation.some(
        (a) => a.userName === known.userName && a.accountId !== known.accountId,
      ),
    ).toBe(true);
  });

  it('rejects nonsense options', () => {
    expect(() => resolveOptions({ days: 0 })).toThrow(/days/);
    expect(() => resolveOptions({ filebeatShare: 2 })).toThrow(/filebeatShare/);
    expect(() => resolveOptions({ namespace: 'Bad-NS' })).toThrow(/namespace/);
    expect(() => resolveOptions({ now: 'yesterday' })).toThrow(/now/);
  });
});
