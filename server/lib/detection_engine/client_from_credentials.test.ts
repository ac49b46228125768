// The Detection Engine client factory: a ready Authorization value or credentials, a TLS trust or a shared sender,
// and the space prefix on every path.
import {
  createDetectionEngineClient,
  type CredentialsClientOptions,
} from './client_from_credentials';
import { ExecutionApiMemory } from './execution_api_memory';
import type { HttpSender, SendRequest } from './http_sender';

const RULE = { id: 'so-1', rule_id: 'r-1', name: 'Rule', version: 1, enabled: false };

/** A sender that answers every request with the rule and keeps what it was asked. */
function recordingSender(): { sender: HttpSender; sent: SendRequest[] } {
  const sent: SendRequest[] = [];
  const sender: HttpSender = async (request) => {
    sent.push(request);
    return { status: 200, contentType: 'application/json', text: JSON.stringify(RULE) };
  };
  return { sender, sent };
}

describe('createDetectionEngineClient', () => {
  const common = {
    kibanaUrl: 'http://kibana.test/base/',
    executionApiMemory: new ExecutionApiMemory(),
  };

  it('sends a ready Authorization value exactly as given, through the given sender', async () => {
    const { sender, sent } = recordingSender();
    const client = createDetectionEngineClient({
      ...common,
      authorization: 'Bearer caller-token',
      spaceId: 'team-a',
      sender,
    });
    expect(await client.readRule({ id: 'so-1' })).toMatchObject({ rule_id: 'r-1' });
    expect(sent).toHaveLength(1);
    expect(sent[0].headers.authorization).toBe('Bearer caller-token');
    expect(sent[0].url.pathname).toBe('/base/s/team-a/api/detection_engine/rules');
  });

  it('turns credentials into their Authorization value, in the default space', async () => {
    const { sender, sent } = recordingSender();
    const apiKey = createDetectionEngineClient({
      ...common,
      credentials: { apiKey: 'k1' },
      sender,
    });
    const basic = createDetectionEngineClient({
      ...common,
      credentials: { username: 'elastic', password: 'pw' },
      sender,
    });
    await apiKey.readRule({ id: 'so-1' });
    await basic.readRule({ id: 'so-1' });
    expect(sent.map((request) => request.headers.authorization)).toEqual([
      'ApiKey k1',
      `Basic ${Buffer.from('elastic:pw').toString('base64')}`,
    ]);
    expect(sent[0].url.pathname).toBe('/base/api/detection_engine/rules');
  });

  it('takes exactly one identity and at most one way of sending (checked by the compiler)', () => {
    const { sender } = recordingSender();
    const options = (value: CredentialsClientOptions) => value;
    // @ts-expect-error credentials and a ready Authorization value exclude each other
    options({ ...common, credentials: { apiKey: 'k' }, authorization: 'ApiKey k', sender });
    // @ts-expect-error a ready sender already holds its TLS trust
    options({ ...common, authorization: 'ApiKey k', sender, tls: { verify: false } });
    // @ts-expect-error who the client acts as is required
    options({ ...common, sender });
    expect(options({ ...common, authorization: 'ApiKey k', sender }).authorization).toBe(
      'ApiKey k',
    );
  });
});
