// Elasticsearch clients that act as a user's API key through the stack's authorising layer (the compatibility
// proxy), as Kibana runs a rule with the key of whoever last saved or enabled it; one client per user.
import { Client } from '@elastic/elasticsearch';
import type { ApiKeyConfig, EmulatorUser } from '../../auth/users';

export interface UserClients {
  /** The client acting as `user`'s API key. */
  clientFor(user: EmulatorUser): Client;
  close(): Promise<void>;
}

export function createUserClients(
  elasticsearchUrl: string,
  apiKeys: readonly ApiKeyConfig[],
): UserClients {
  const clients = new Map<string, Client>();
  return {
    clientFor(user) {
      const existing = clients.get(user.username);
      if (existing) return existing;
      const key = apiKeys.find((candidate) => candidate.username === user.username);
      if (!key) throw new Error(`no API key for "${user.username}"`);
      const client = new Client({
        node: elasticsearchUrl,
        auth: { apiKey: Buffer.from(`${key.id}:${key.key}`).toString('base64') },
        maxRetries: 0,
        requestTimeout: 60_000,
      });
      clients.set(user.username, client);
      return client;
    },
    async close() {
      await Promise.all([...clients.values()].map((client) => client.close()));
      clients.clear();
    },
  };
}
