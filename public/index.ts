// Kibana's entry point for the plugin's browser code.
import type { PluginInitializerContext } from '@kbn/core/public';
import { SsmReconRulePlugin } from './plugin';

export function plugin(_initializerContext: PluginInitializerContext): SsmReconRulePlugin {
  return new SsmReconRulePlugin();
}
