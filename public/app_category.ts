// Kibana's "Security" navigation category (core's DEFAULT_APP_CATEGORIES.security), restated because
// @kbn/core is available to this plugin as types only.
import type { AppCategory } from '@kbn/core/public';

export const SECURITY_CATEGORY: AppCategory = {
  id: 'securitySolution',
  label: 'Security',
  order: 3000,
  euiIconType: 'logoSecurity',
};
