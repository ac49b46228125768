import type { KibanaRule } from '../detection_engine/kibana_rule';
import { intervalMs } from './rule_interval';
import { staleness } from './staleness';

const rule = (fields: Partial<KibanaRule>): KibanaRule =>
  ({
    id: 'so',
    rule_id: 'r',
    name: 'n',
    version: 3,
    enabled: true,
    interval: '5m',
    ...fields,
  }) as KibanaRule;
const now = new Date('2025-06-01T12:00:00Z');

describe('rule interval', () => {
  it('reads Kibana interval strings and falls back to 5m', () => {
    expect(intervalMs('30s')).toBe(30_000);
    expect(intervalMs('2h')).toBe(7_200_000);
    expect(intervalMs(undefined)).toBe(300_000);
    expect(intervalMs('soon')).toBeNull();
  });
});

describe('staleness', () => {
  it('is stale after more than two intervals without a run', () => {
    expect(staleness(rule({}), '2025-06-01T11:49:00Z', now).stale).toBe(true);
    expect(staleness(rule({}), '2025-06-01T11:51:00Z', now).stale).toBe(false);
  });

  it("follows the rule's own interval", () => {
    expect(staleness(rule({ interval: '1h' }), '2025-06-01T11:00:00Z', now).stale).toBe(false);
    expect(staleness(rule({ interval: '1h' }), '2025-06-01T09:59:00Z', now).stale).toBe(true);
  });

  it('before any run, counts from the last change (enable) of the rule', () => {
    expect(staleness(rule({ updated_at: '2025-06-01T11:58:00Z' }), null, now).stale).toBe(false);
    expect(staleness(rule({ updated_at: '2025-06-01T10:00:00Z' }), null, now)).toEqual({
      stale: true,
      intervalMs: 300_000,
      since: '2025-06-01T10:00:00Z',
    });
  });

  it('a disabled rule is never stale', () => {
    expect(staleness(rule({ enabled: false }), '2025-05-01T00:00:00Z', now).stale).toBe(false);
  });
});
