// Each pivot of an alert opens Discover with the right state: read back with an independent rison decoder and
// asserted field by field.
import type { Pivot } from '../../common/api';
import { activeAlerts } from '../../test/support/panel/answers/alerts_responses';
import { samplePivots } from '../../test/support/panel/answers/alert_context_responses';
import { readDiscoverUrl } from '../../test/support/panel/discover_url';
import { createDiscoverPivotLinks, pivotEsql } from './discover_pivots';
import { risonEncode } from './rison';
import { decode } from 'rison-node';
import type { ApplicationStart } from '@kbn/core/public';

const alert = activeAlerts('7d', new Date('2026-03-01T12:00:00.000Z')).newest[1];
const pivots = samplePivots(alert);
const byId = (id: Pivot['id']) => pivots.find((pivot) => pivot.id === id) as Pivot;

/** core.application's getUrlForApp for a Kibana served under a base path. */
const application = {
  getUrlForApp: (app: string, options?: { path?: string }) =>
    `/kbn/app/${app}${options?.path ?? ''}`,
} as unknown as ApplicationStart;
const links = createDiscoverPivotLinks(application);

describe('pivot links into Discover', () => {
  it.each(pivots.map((pivot) => [pivot.id, pivot] as const))(
    '%s: Discover, ES|QL mode, the pivot’s time range, refresh paused',
    (_id, pivot) => {
      const url = readDiscoverUrl(links.href(pivot));
      expect(url.path).toBe('/kbn/app/discover');
      expect(url.global.time).toEqual({ from: pivot.from, to: pivot.to });
      expect(url.global.refreshInterval).toEqual({ pause: true, value: 60_000 });
      expect(url.global.filters).toEqual([]);
      expect(url.app.dataSource).toEqual({ type: 'esql' });
      expect(url.app.query?.esql).toBe(pivotEsql(pivot));
      // 30 minutes either side of the alert's event.
      const at = Date.parse(alert.originalTime ?? '');
      expect(Date.parse(url.global.time?.from ?? '')).toBe(at - 30 * 60_000);
      expect(Date.parse(url.global.time?.to ?? '')).toBe(at + 30 * 60_000);
    },
  );

  it('the timeline: everything this identity did, from the rule’s index patterns, newest first', () => {
    const url = readDiscoverUrl(links.href(byId('identity_timeline')));
    expect(url.app.query?.esql).toBe(
      [
        'FROM filebeat-*, logs-aws.cloudtrail-*',
        '| WHERE cloud.account.id == "123456789012" AND user.name == "j.doe"',
        '| SORT @timestamp DESC',
      ].join('\n'),
    );
  });

  it('the related calls: the identity’s session, command, identity and role calls', () => {
    const url = readDiscoverUrl(links.href(byId('identity_related_calls')));
    expect(url.app.query?.esql).toBe(
      [
        'FROM filebeat-*, logs-aws.cloudtrail-*',
        '| WHERE cloud.account.id == "123456789012" AND user.name == "j.doe" AND ' +
          'event.action IN ("StartSession", "SendCommand", "GetCallerIdentity", "AssumeRole")',
        '| SORT @timestamp DESC',
      ].join('\n'),
    );
  });

  it('the source IP: other identities, the address compared as an address', () => {
    const url = readDiscoverUrl(links.href(byId('source_ip_identities')));
    expect(url.app.query?.esql).toBe(
      [
        'FROM filebeat-*, logs-aws.cloudtrail-*',
        '| WHERE source.ip == TO_IP("198.51.100.23") AND ' +
          'NOT (cloud.account.id == "123456789012" AND user.name == "j.doe")',
        '| SORT @timestamp DESC',
      ].join('\n'),
    );
  });

  it('escapes quotes in values for ES|QL and rison alike', () => {
    const pivot: Pivot = {
      ...byId('identity_timeline'),
      conditions: [{ field: 'user.name', fieldType: 'keyword', values: [`o'brien "x" \\ !`] }],
    };
    const url = readDiscoverUrl(links.href(pivot));
    expect(url.app.query?.esql).toContain('user.name == "o\'brien \\"x\\" \\\\ !"');
  });
});

describe('the rison encoder', () => {
  it('round-trips through an independent decoder', () => {
    const value = {
      b: [
        1,
        -2.5,
        true,
        false,
        null,
        '',
        'plain',
        'with space',
        "it's!",
        '-dash',
        '2026-03-01T00:00:00Z',
      ],
      a: { nested: { 'key:colon': 'x' } },
    };
    expect(decode(risonEncode(value))).toEqual(value);
    expect(risonEncode({ b: 1, a: 'x' })).toBe('(a:x,b:1)');
  });
});
