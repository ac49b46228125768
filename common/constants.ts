// Identity of the plugin shared by server, browser and CLI. The manifest (kibana.jsonc) must agree (tested).

export const PLUGIN_ID = 'ssmReconRule';
export const PLUGIN_NAME = 'AWS SSM Recon Rule';
export const API_PREFIX = '/internal/ssm_recon_rule';
/** Version of our own internal routes (Kibana's versioned router). */
export const API_VERSION = '1';
export const CLI_NAME = 'ssm-recon-rule';
