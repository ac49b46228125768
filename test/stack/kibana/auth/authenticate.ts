// Resolves the `Authorization` header (Basic or ApiKey) to a user, answering Kibana's 401 otherwise.
import { platformError } from '../http/kibana_error';
import type { ApiKeyConfig, EmulatorUser } from '../../auth/users';

export interface Authenticator {
  authenticate(authorization: string | undefined): EmulatorUser;
}

const CHALLENGE = { 'www-authenticate': 'Basic realm="kibana", ApiKey' };

export function createAuthenticator(
  users: readonly EmulatorUser[],
  apiKeys: readonly ApiKeyConfig[],
): Authenticator {
  const byName = new Map(users.map((user) => [user.username, user]));

  const unauthorized = (message: string) => platformError(401, message, { headers: CHALLENGE });

  return {
    authenticate(authorization) {
      if (!authorization) throw unauthorized('Unauthorized');
      const [scheme, token = ''] = authorization.trim().split(/\s+/, 2);
      const decoded = Buffer.from(token, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const [left, right] =
        colon < 0 ? [decoded, ''] : [decoded.slice(0, colon), decoded.slice(colon + 1)];

      if (/^basic$/i.test(scheme)) {
        const user = byName.get(left);
        if (user && user.password === right) return user;
        throw unauthorized(
          `[security_exception]: unable to authenticate user [${left}] for REST request [/_security/_authenticate]`,
        );
      }
      if (/^apikey$/i.test(scheme)) {
        const config = apiKeys.find(
          (candidate) => candidate.id === left && candidate.key === right,
        );
        const user = config && byName.get(config.username);
        if (user) return user;
        throw unauthorized(
          '[security_exception]: unable to authenticate with provided credentials and anonymous access is not allowed for this request',
        );
      }
      throw unauthorized('Unauthorized');
    },
  };
}
