// Security links from the standalone page: plain links to the configured Kibana, opened in a new tab.
import type { SecurityLinks } from '../services/security_links';
import { securityLocation } from '../services/security_target';

/** Kibana Security's app path (`securitySolutionUI` is served under /app/security). */
const SECURITY_APP_PATH = '/app/security';

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
