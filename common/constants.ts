// Identity of the plugin shared by server, browser and CLI. The manifest (kibana.jsonc) must agree (tested).

export const PLUGIN_ID = 'ssmReconRule';
export const PLUGIN_NAME = 'AWS SSM Recon Rule';
export const API_PREFIX = '/internal/ssm_recon_rule';
/** Version of our own internal routes (Kibana's versioned router). */
export const API_VERSION = '1';
export const CLI_NAME = 'ssm-recon-rule';

/**
 * Kibana's "Security" navigation and feature category (core's DEFAULT_APP_CATEGORIES.security), restated because
 * @kbn/core is available to this plugin as types only: the app sits under it and so does its Kibana feature.
 */
export const SECURITY_APP_CATEGORY = {
  id: 'securitySolution',
  label: 'Security',
  order: 3000,
  euiIconType: 'logoSecurity',
} as const;
