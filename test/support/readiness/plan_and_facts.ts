// Test fixtures: the SSM rule's readiness plan and pattern facts describing typical clusters.
import type { ReadinessPlan } from '../../../server/lib/readiness/plan';
import type { MappedField, PatternFacts } from '../../../server/lib/readiness/probe';

export const NOW = new Date('2026-03-01T12:00:00.000Z');

export const PLAN: ReadinessPlan = {
  patterns: ['filebeat-*', 'logs-aws.cloudtrail-*'],
  query: { match_all: {} },
  queryFields: [
    'data_stream.dataset',
    'event.provider',
    'event.action',
    'aws.cloudtrail.request_parameters',
    'aws.cloudtrail.user_identity.type',
    'event.outcome',
  ],
  requiredQueryFields: ['data_stream.dataset', 'event.provider', 'event.action', 'event.outcome'],
  newTermsFields: ['cloud.account.id', 'user.name'],
  timestampOverride: 'event.ingested',
  timestampFallback: true,
  historyWindowStart: 'now-10d',
  historyWindowMs: 10 * 86_400_000,
  lookBackMs: 6 * 60_000,
  intervalMs: 5 * 60_000,
};

const KEYWORD_FIELDS = [
  'data_stream.dataset',
  'event.provider',
  'event.action',
  'aws.cloudtrail.request_parameters',
  'aws.cloudtrail.user_identity.type',
  'event.outcome',
  'cloud.account.id',
  'user.name',
];

export function mapped(
  field: string,
  types: string[],
  unmappedIndices: string[] = [],
): MappedField {
  return { field, types, aggregatable: types.length > 0, unmappedIndices };
}

function fieldsMap(overrides: MappedField[] = []): Map<string, MappedField> {
  const fields = new Map<string, MappedField>();
  KEYWORD_FIELDS.forEach((f) => fields.set(f, mapped(f, ['keyword'])));
  fields.set('event.ingested', mapped('event.ingested', ['date']));
  overrides.forEach((f) => fields.set(f.field, f));
  return fields;
}

/** A healthy integration data stream: 10 full days, fresh data, matches, every document stamped. */
export function healthyFacts(overrides: Partial<PatternFacts> = {}): PatternFacts {
  return {
    pattern: 'logs-aws.cloudtrail-*',
    resolves: true,
    targets: ['logs-aws.cloudtrail-default'],
    forbidden: false,
    fields: fieldsMap(),
    windowCount: { value: 10_000, atLeast: true },
    recentMatches: { value: 0, atLeast: false },
    windowMatches: { value: 42, atLeast: false },
    queryError: null,
    newestEvent: '2026-03-01T11:58:00.000Z',
    newestOverride: '2026-03-01T11:59:30.000Z',
    sampled: 100,
    sampledWithOverride: 100,
    sampleScope: 'recent',
    daysWithData: Array.from({ length: 10 }, () => true),
    carries: new Map(PLAN.requiredQueryFields.map((f) => [f, true])),
    errors: [],
    ...overrides,
  };
}

/** Legacy Filebeat CloudTrail: everything but `data_stream.*`, which its indices do not map. */
export function filebeatFacts(overrides: Partial<PatternFacts> = {}): PatternFacts {
  return healthyFacts({
    pattern: 'filebeat-*',
    targets: ['filebeat-8.17.0'],
    fields: fieldsMap([mapped('data_stream.dataset', [], ['.ds-filebeat-8.17.0-000001'])]),
    windowCount: { value: 5_000, atLeast: false },
    windowMatches: { value: 0, atLeast: false },
    carries: new Map([
      ['data_stream.dataset', false],
      ['event.provider', true],
      ['event.action', true],
      ['event.outcome', true],
    ]),
    ...overrides,
  });
}

/** A pattern that names nothing. */
export function unresolvedFacts(pattern: string): PatternFacts {
  return healthyFacts({
    pattern,
    resolves: false,
    targets: [],
    fields: new Map(),
    windowCount: { value: 0, atLeast: false },
    recentMatches: { value: 0, atLeast: false },
    windowMatches: { value: 0, atLeast: false },
    newestEvent: null,
    newestOverride: null,
    sampled: 0,
    sampledWithOverride: 0,
    sampleScope: null,
    daysWithData: Array.from({ length: 10 }, () => false),
    carries: new Map(),
  });
}
