// The Kibana server plugin's entry: its config descriptor and the plugin factory Kibana calls.
import type { PluginConfigDescriptor, PluginInitializerContext } from '@kbn/core/server';
import { configSchema, type PluginConfig } from './hosts/kibana/config';

export const config: PluginConfigDescriptor<PluginConfig> = { schema: configSchema };

export async function plugin(context: PluginInitializerContext<PluginConfig>) {
  const { SsmReconRulePlugin } = await import('./hosts/kibana/plugin');
  return new SsmReconRulePlugin(context);
}

export type { PluginConfig };
