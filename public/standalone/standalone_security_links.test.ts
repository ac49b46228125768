import { createStandaloneSecurityLinks } from './standalone_security_links';

describe('createStandaloneSecurityLinks', () => {
  it("links to the configured Kibana's Security app and leaves navigation to the browser", () => {
    const links = createStandaloneSecurityLinks('https://kibana.example.com/s/secops');
    expect(links.href({ page: 'rule', ruleId: 'r1' })).toBe(
      'https://kibana.example.com/s/secops/app/security/rules/id/r1',
    );
    expect(links.href({ page: 'ruleAlerts', ruleId: 'r1' })).toBe(
      'https://kibana.example.com/s/secops/app/security/rules/id/r1/alerts',
    );
    expect(
      links.href({ page: 'alert', alertId: 'a1', timestamp: '2026-04-20T09:00:00.000Z' }),
    ).toBe(
      'https://kibana.example.com/s/secops/app/security/alerts/redirect/a1?timestamp=2026-04-20T09%3A00%3A00.000Z',
    );
    expect(links.navigate).toBeUndefined();
  });

  it('says why there are no links without a Kibana URL', () => {
    const links = createStandaloneSecurityLinks(null);
    expect(links.href({ page: 'rule', ruleId: 'r1' })).toBeNull();
    expect(links.unavailableReason).toMatch(/No Kibana URL is configured/);
  });
});
