// Builds the userIdentity block CloudTrail writes for each kind of principal.

import type { UserIdentity } from './cloudtrail_record';
import type { Rng } from './rng';
import { isoSeconds } from './timing';
import type { Actor } from './world';

export function arnOf(actor: Actor): string {
  const account = actor.account.id;
  switch (actor.kind) {
    case 'iam-user':
      return `arn:aws:iam::${account}:user${actor.path}${actor.principalName}`;
    case 'root':
      return `arn:aws:iam::${account}:root`;
    case 'aws-service':
      return actor.principalName;
    default:
      return `arn:aws:iam::${account}:role${actor.path}${actor.principalName}`;
  }
}

export function assumedRoleArn(actor: Actor, session: string): string {
  return `arn:aws:sts::${actor.account.id}:assumed-role/${actor.principalName}/${session}`;
}

export interface IdentityChoice {
  /** A console (browser) session: temporary ASIA keys and session attributes even for IAM users. */
  console?: boolean;
  session?: string;
}

/** The userIdentity of a call made by `actor` at `eventMs`. */
export function userIdentityFor(
  actor: Actor,
  rng: Rng,
  eventMs: number,
  choice: IdentityChoice = {},
): UserIdentity {
  const account = actor.account.id;
  // Temporary credentials were issued some minutes before the call.
  const creationDate = isoSeconds(eventMs - rng.int(30, 3_500) * 1000);
  switch (actor.kind) {
    case 'aws-service':
      return { type: 'AWSService', invokedBy: actor.invokedBy ?? actor.principalName };
    case 'root':
      return {
        type: 'Root',
        principalId: account,
        arn: arnOf(actor),
        accountId: account,
        accessKeyId: `ASIA${rng.upperAlnum(16)}`,
        sessionContext: { attributes: { creationDate, mfaAuthenticated: 'true' } },
      };
    case 'iam-user': {
      const identity: UserIdentity = {
        type: 'IAMUser',
        principalId: actor.principalId,
        arn: arnOf(actor),
        accountId: account,
        accessKeyId: choice.console ? `ASIA${rng.upperAlnum(16)}` : actor.accessKeyId,
        userName: actor.principalName,
      };
      if (choice.console) {
        identity.sessionContext = {
          attributes: { creationDate, mfaAuthenticated: rng.chance(0.8) ? 'true' : 'false' },
        };
      }
      return identity;
    }
    default: {
      const session = choice.session ?? rng.pick(actor.sessionNames);
      const identity: UserIdentity = {
        type: 'AssumedRole',
        principalId: `${actor.principalId}:${session}`,
        arn: assumedRoleArn(actor, session),
        accountId: account,
        accessKeyId: `ASIA${rng.upperAlnum(16)}`,
        sessionContext: {
          sessionIssuer: {
            type: 'Role',
            principalId: actor.principalId,
            arn: arnOf(actor),
            accountId: account,
            userName: actor.principalName,
          },
          webIdFederationData: {},
          attributes: { creationDate, mfaAuthenticated: 'false' },
        },
      };
      if (actor.kind === 'instance-role' && identity.sessionContext) {
        identity.sessionContext.ec2RoleDelivery = '2.0';
      }
      if (actor.invokedBy !== undefined) identity.invokedBy = actor.invokedBy;
      return identity;
    }
  }
}
