import { createFakeCore, mountParameters, themeSubject } from '../test/support/panel/fake_core';
import { plugin } from './index';

const unmountApp = jest.fn();
const renderApp = jest.fn(() => unmountApp);
jest.mock('./application', () => ({
  renderApp: (...args: unknown[]) => renderApp(...(args as [])),
}));

describe('public plugin', () => {
  it('registers the app in the Security category', () => {
    const core = createFakeCore();
    plugin({} as never).setup(core.setup);
    expect(core.registered).toHaveLength(1);
    expect(core.registered[0]).toMatchObject({
      id: 'ssmReconRule',
      title: 'AWS SSM Recon Rule',
      category: { id: 'securitySolution', label: 'Security' },
    });
  });

  it('loads the application only when mounted and hands back its unmount', async () => {
    const core = createFakeCore();
    plugin({} as never).setup(core.setup);
    expect(renderApp).not.toHaveBeenCalled();
    const element = document.createElement('div');
    const params = mountParameters(element, themeSubject({ darkMode: false, name: 'borealis' }));
    const unmount = await core.registered[0].mount(params);
    expect(renderApp).toHaveBeenCalledWith(core.start, params);
    unmount();
    expect(unmountApp).toHaveBeenCalledTimes(1);
  });
});
