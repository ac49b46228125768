// How the panel reaches Kibana Security: the places it links to, where each lives inside the Security app, and
// each host's way there (Kibana navigates in-app; the standalone page links to the configured Kibana).
import type { ApplicationStart } from '@kbn/core/public';

export type SecurityTarget =
  /** The rule's details page (by saved-object id). */
  | { page: 'rule'; ruleId: string }
  /** The rule's alerts tab. */
  | { page: 'ruleAlerts'; ruleId: string }
  /** One alert, opened in Security's alert flyout. */
  | { page: 'alert'; alertId: string; timestamp: string };

export interface SecurityLinks {
  /** URL for the link's href (so "open in new tab" works); null when Security cannot be reached. */
  href(target: SecurityTarget): string | null;
  /** In-app navigation; when absent the href opens in a new tab. */
  navigate?(target: SecurityTarget): void;
  /** Why links are off when `href` answers null. */
  unavailableReason?: string;
}

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

/** Inside Kibana: core's application service builds the URL and navigates without a page load. */
export function createKibanaSecurityLinks(application: ApplicationStart): SecurityLinks {
  return {
    href: (target) => application.getUrlForApp(SECURITY_APP_ID, securityLocation(target)),
    navigate: (target) => {
      void application.navigateToApp(SECURITY_APP_ID, securityLocation(target));
    },
  };
}

/** Kibana Security's app path (`securitySolutionUI` is served under /app/security). */
const SECURITY_APP_PATH = '/app/security';

/** From the standalone page: plain links to the configured Kibana, opened in a new tab. */
export function createStandaloneSecurityLinks(kibanaUrl: string | null): SecurityLinks {
  if (kibanaUrl === null) {
    return {
      href: () => null,
      unavailableReason:
        'No Kibana URL is configured for this host, so Security cannot be opened from here.',
    };
  }
  return {
    href: (target) => {
      const { deepLinkId, path } = securityLocation(target);
      return `${kibanaUrl}${SECURITY_APP_PATH}/${deepLinkId}${path}`;
    },
  };
}
