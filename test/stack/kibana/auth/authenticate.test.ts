import type { KibanaHttpError } from '../http/kibana_error';
import { createAuthenticator } from './authenticate';
import { apiKeyAuthorization, basicAuthorization, demoApiKeys, demoUsers } from '../../auth/users';

const auth = createAuthenticator(demoUsers(), demoApiKeys());

function status(run: () => unknown): number {
  try {
    run();
  } catch (error) {
    return (error as KibanaHttpError).status;
  }
  return 200;
}

describe('authentication', () => {
  it('accepts the demo users with basic credentials', () => {
    expect(auth.authenticate(basicAuthorization('elastic')).username).toBe('elastic');
    expect(auth.authenticate(basicAuthorization('analyst', 'changeme')).username).toBe('analyst');
  });

  it('accepts configured API keys and maps them to their owner', () => {
    expect(auth.authenticate(apiKeyAuthorization('nologs-key', 'nologs-secret')).username).toBe(
      'nologs',
    );
  });

  it('answers 401 for missing, wrong or unknown credentials', () => {
    expect(status(() => auth.authenticate(undefined))).toBe(401);
    expect(status(() => auth.authenticate(basicAuthorization('elastic', 'wrong')))).toBe(401);
    expect(status(() => auth.authenticate(apiKeyAuthorization('elastic-key', 'nope')))).toBe(401);
    expect(status(() => auth.authenticate('Bearer abc'))).toBe(401);
  });

  it('gives each demo user its privileges', () => {
    const [elastic, analyst, nologs, viewer] = demoUsers();
    expect(elastic.privileges.has('rules-all')).toBe(true);
    expect(analyst.privileges.has('rules-all')).toBe(false);
    expect(analyst.privileges.has('alerts-read')).toBe(true);
    expect(nologs.privileges.has('rules-all')).toBe(true);
    expect(nologs.canRead('logs-aws.cloudtrail-*')).toBe(false);
    expect(nologs.canRead('.alerts-security.alerts-default')).toBe(true);
    expect(analyst.canRead('logs-aws.cloudtrail-*')).toBe(true);
    // The analyst triages alerts (Kibana's alerts "All"); the viewer reads both and changes neither.
    expect(analyst.privileges.has('alerts-all')).toBe(true);
    expect(viewer.username).toBe('viewer');
    expect([...viewer.privileges].sort()).toEqual(['alerts-read', 'rules-read']);
    expect(viewer.canRead('logs-aws.cloudtrail-*')).toBe(true);
    expect(viewer.canRead('.alerts-security.alerts-default')).toBe(true);
  });
});
