// Places in Kibana Security the panel links to, and where each lives inside the Security app.

export type SecurityTarget =
  /** The rule's details page (by saved-object id). */
  | { page: 'rule'; ruleId: string }
  /** The rule's alerts tab. */
  | { page: 'ruleAlerts'; ruleId: string }
  /** One alert, opened in Security's alert flyout. */
  | { page: 'alert'; alertId: string; timestamp: string };

/** Kibana Security's app id and the deep link plus path of a target inside it. */
export const SECURITY_APP_ID = 'securitySolutionUI';

export interface SecurityLocation {
  deepLinkId: 'rules' | 'alerts';
  path: string;
}

export function securityLocation(target: SecurityTarget): SecurityLocation {
  switch (target.page) {
    case 'rule':
      return { deepLinkId: 'rules', path: `/id/${encodeURIComponent(target.ruleId)}` };
    case 'ruleAlerts':
      return { deepLinkId: 'rules', path: `/id/${encodeURIComponent(target.ruleId)}/alerts` };
    case 'alert':
      // Security's redirect page finds the alert by id and opens its flyout; the timestamp narrows the search.
      return {
        deepLinkId: 'alerts',
        path: `/redirect/${encodeURIComponent(target.alertId)}?timestamp=${encodeURIComponent(target.timestamp)}`,
      };
  }
}
