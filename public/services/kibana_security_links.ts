// Security links inside Kibana: core's application service builds the URL and navigates without a page load.
import type { ApplicationStart } from '@kbn/core/public';
import type { SecurityLinks } from './security_links';
import { SECURITY_APP_ID, securityLocation } from './security_target';

export function createKibanaSecurityLinks(application: ApplicationStart): SecurityLinks {
  return {
    href: (target) => application.getUrlForApp(SECURITY_APP_ID, securityLocation(target)),
    navigate: (target) => {
      void application.navigateToApp(SECURITY_APP_ID, securityLocation(target));
    },
  };
}
