import type { ApplicationStart } from '@kbn/core/public';
import { createKibanaSecurityLinks, createStandaloneSecurityLinks } from './security_links';

function fakeApplication() {
  const navigateToApp = jest.fn<Promise<void>, Parameters<ApplicationStart['navigateToApp']>>(() =>
    Promise.resolve(),
  );
  const application: ApplicationStart = {
    navigateToApp,
    getUrlForApp: (appId, options) => `/app/${appId}:${options?.deepLinkId}${options?.path ?? ''}`,
    navigateToUrl: () => Promise.resolve(),
  };
  return { application, navigateToApp };
}

describe('createKibanaSecurityLinks', () => {
  it("navigates to the rule's details and alerts through Security's deep links", () => {
    const { application, navigateToApp } = fakeApplication();
    const links = createKibanaSecurityLinks(application);
    links.navigate?.({ page: 'rule', ruleId: 'abc-123' });
    links.navigate?.({ page: 'ruleAlerts', ruleId: 'abc-123' });
    expect(navigateToApp.mock.calls).toEqual([
      ['securitySolutionUI', { deepLinkId: 'rules', path: '/id/abc-123' }],
      ['securitySolutionUI', { deepLinkId: 'rules', path: '/id/abc-123/alerts' }],
    ]);
  });

  it("opens one alert through Security's redirect page, and builds hrefs with core", () => {
    const { application, navigateToApp } = fakeApplication();
    const links = createKibanaSecurityLinks(application);
    const target = {
      page: 'alert' as const,
      alertId: 'a/1',
      timestamp: '2026-04-20T09:00:00.000Z',
    };
    links.navigate?.(target);
    expect(navigateToApp).toHaveBeenCalledWith('securitySolutionUI', {
      deepLinkId: 'alerts',
      path: '/redirect/a%2F1?timestamp=2026-04-20T09%3A00%3A00.000Z',
    });
    expect(links.href(target)).toBe(
      '/app/securitySolutionUI:alerts/redirect/a%2F1?timestamp=2026-04-20T09%3A00%3A00.000Z',
    );
  });
});

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
