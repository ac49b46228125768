// The plugin's Kibana feature: what Stack Management → Roles grants as "AWS SSM Recon Rule" None / Read / All, and
// the API privilege each route requires, derived from the route table's access kinds.
import type { KibanaFeatureConfig } from '@kbn/features-plugin/server';
import { PLUGIN_ID, PLUGIN_NAME, SECURITY_APP_CATEGORY } from '../../../common/constants';
import type { RouteAccess } from '../../routes';

/** API privileges as Kibana names them in `requiredPrivileges` and in a feature privilege's `api` list. */
export const API_PRIVILEGES = {
  read: `${PLUGIN_ID}-read`,
  write: `${PLUGIN_ID}-write`,
} as const;

/**
 * The privilege every kind of route requires. A `Record` over the access kinds, so a new kind does not compile until
 * it is given one. Triage goes with `read`: Kibana's own alert triage (setting an alert's status) asks only for
 * Security's `read` feature privilege plus write access to the alerts index, never rule write, and the caller's own
 * index privileges still decide.
 */
export const ROUTE_PRIVILEGE: Readonly<Record<RouteAccess, string>> = {
  read: API_PRIVILEGES.read,
  write: API_PRIVILEGES.write,
  triage: API_PRIVILEGES.read,
};

/**
 * `read` shows the app and reaches the read routes; `all` adds the write routes (deploy, enable, and every route
 * that changes the rule). Both sit on top of the caller's own Security privileges: every call the routes make still
 * goes out with the caller's credentials, so this feature can hide or refuse, never grant.
 */
export const KIBANA_FEATURE: KibanaFeatureConfig = {
  id: PLUGIN_ID,
  name: PLUGIN_NAME,
  description: 'Deploy, check and watch the AWS SSM Inventory Reconnaissance by Rare User rule.',
  category: SECURITY_APP_CATEGORY,
  scope: ['spaces', 'security'],
  app: [PLUGIN_ID],
  privileges: {
    all: {
      app: [PLUGIN_ID],
      api: [API_PRIVILEGES.read, API_PRIVILEGES.write],
      savedObject: { all: [], read: [] },
      ui: ['show', 'write'],
    },
    read: {
      app: [PLUGIN_ID],
      api: [API_PRIVILEGES.read],
      savedObject: { all: [], read: [] },
      ui: ['show'],
    },
  },
};
