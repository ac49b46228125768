// The browser half of the plugin: registers the app in Kibana's Security category and loads the panel
// only when it is opened, so Kibana's page load carries just this file.
import type { AppCategory, AppMountParameters, CoreSetup, Plugin } from '@kbn/core/public';
import { PLUGIN_ID, PLUGIN_NAME } from '../common/constants';

// Kibana's "Security" navigation category (core's DEFAULT_APP_CATEGORIES.security), restated because @kbn/core is
// available to this plugin as types only.
const SECURITY_CATEGORY: AppCategory = {
  id: 'securitySolution',
  label: 'Security',
  order: 3000,
  euiIconType: 'logoSecurity',
};

export class SsmReconRulePlugin implements Plugin {
  setup(core: CoreSetup): void {
    core.application.register({
      id: PLUGIN_ID,
      title: PLUGIN_NAME,
      category: SECURITY_CATEGORY,
      euiIconType: 'logoSecurity',
      async mount(params: AppMountParameters) {
        const [[coreStart], { renderApp }] = await Promise.all([
          core.getStartServices(),
          import('./application'),
        ]);
        return renderApp(coreStart, params);
      },
    });
  }

  start(): void {}

  stop(): void {}
}
