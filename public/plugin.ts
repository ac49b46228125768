// The browser half of the plugin: registers the app in Kibana's Security category and loads the panel
// only when it is opened, so Kibana's page load carries just this file.
import type { AppMountParameters, CoreSetup, Plugin } from '@kbn/core/public';
import { PLUGIN_ID, PLUGIN_NAME, SECURITY_APP_CATEGORY } from '../common/constants';

export class SsmReconRulePlugin implements Plugin {
  setup(core: CoreSetup): void {
    core.application.register({
      id: PLUGIN_ID,
      title: PLUGIN_NAME,
      category: SECURITY_APP_CATEGORY,
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
