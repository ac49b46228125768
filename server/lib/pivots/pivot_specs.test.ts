// The pivots planned for an alert: the guide's steps with the alert's values, the rule's logs and a ±30 minute
// window; the panel's sample answers hold the same plan, so the link tests read what the server sends.
import { activeAlerts } from '../../../test/support/panel/answers/alerts_responses';
import { samplePivots } from '../../../test/support/panel/answers/alert_context_responses';
import { loadBundledRule } from '../rule_files';
import { readAlertFacts } from './alert_facts';
import { planPivots, RELATED_CALLS } from './pivot_specs';

const NEW_TERMS = ['cloud.account.id', 'user.name'];
const PATTERNS = ['filebeat-*', 'logs-aws.cloudtrail-*'];
const alert = activeAlerts('7d', new Date('2026-03-01T12:00:00.000Z')).newest[1];

/** The alert as Kibana stores it: `kibana.alert.*` dotted, the event's fields nested. */
const source = {
  '@timestamp': alert.timestamp,
  'kibana.alert.uuid': alert.id,
  'kibana.alert.original_time': alert.originalTime,
  cloud: { account: { id: alert.fields['cloud.account.id'] } },
  user: { name: alert.fields['user.name'] },
  source: { ip: alert.fields['source.ip'], geo: { city_name: 'Lyon', country_iso_code: 'FR' } },
};

describe('planning the pivots of an alert', () => {
  it('plans the three guide steps with the alert’s identity, source IP and window', () => {
    const facts = readAlertFacts(source, NEW_TERMS);
    expect(facts.sourceGeo).toBe('Lyon, FR');
    const plan = planPivots({ facts, indexPatterns: PATTERNS, newTermsFields: NEW_TERMS });
    expect(plan.unavailable).toEqual([]);
    expect(plan.pivots).toEqual(samplePivots(alert));
  });

  it('names the calls the bundled guide asks to correlate', async () => {
    const note = (await loadBundledRule()).definition.rule.note ?? '';
    for (const call of RELATED_CALLS) expect(note).toContain(`\`${call}\``);
  });

  it('offers no source-IP pivot without a source IP, and no identity pivots without the identity', () => {
    const noIp = planPivots({
      facts: readAlertFacts({ ...source, source: {} }, NEW_TERMS),
      indexPatterns: PATTERNS,
      newTermsFields: NEW_TERMS,
    });
    expect(noIp.pivots.map((pivot) => pivot.id)).toEqual([
      'identity_timeline',
      'identity_related_calls',
    ]);
    expect(noIp.unavailable).toEqual([
      {
        id: 'source_ip_identities',
        title: 'Review the source context',
        reason: 'The alert has no source IP.',
      },
    ]);
    const noUser = planPivots({
      facts: readAlertFacts({ ...source, user: {} }, NEW_TERMS),
      indexPatterns: PATTERNS,
      newTermsFields: NEW_TERMS,
    });
    expect(noUser.pivots).toEqual([]);
    expect(noUser.unavailable.map((entry) => entry.reason)).toEqual([
      'The alert has no value for user.name.',
      'The alert has no value for user.name.',
      'The alert has no value for user.name.',
    ]);
  });

  it('falls back to the alert’s own time when the event time is missing', () => {
    const facts = readAlertFacts({ ...source, 'kibana.alert.original_time': undefined }, NEW_TERMS);
    const [timeline] = planPivots({
      facts,
      indexPatterns: PATTERNS,
      newTermsFields: NEW_TERMS,
    }).pivots;
    expect(Date.parse(timeline.from)).toBe(Date.parse(alert.timestamp) - 30 * 60_000);
  });
});
