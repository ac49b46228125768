import { act, screen } from '@testing-library/react';
import { healthyStatus } from '../test/support/panel/answers/status_responses';
import { createFakeCore, mountParameters, themeSubject } from '../test/support/panel/fake_core';
import { ok } from '../test/support/panel/fake_http';
import { renderApp } from './application';

describe('renderApp', () => {
  it('renders the panel into the element with core services and cleans up on unmount', async () => {
    const core = createFakeCore({ status: ok(healthyStatus()) });
    const element = document.createElement('div');
    document.body.appendChild(element);
    const theme$ = themeSubject({ darkMode: true, name: 'borealis' });
    let unmount: () => void = () => undefined;
    act(() => {
      unmount = renderApp(core.start, mountParameters(element, theme$));
    });

    // The root is created by renderApp, outside Testing Library: let its pending updates run inside act().
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(
      screen.getByRole('heading', { level: 1, name: /AWS SSM Inventory Reconnaissance/ }),
    ).toBeInTheDocument();
    expect(core.http.calls[0].options.version).toBe('1');
    expect(core.titles).toEqual(['AWS SSM Recon Rule']);
    expect(core.breadcrumbs[0]).toEqual([
      { text: 'Security', href: '/app/securitySolutionUI' },
      { text: 'AWS SSM Recon Rule' },
    ]);
    expect(theme$.subscribers()).toBe(1);

    act(() => screen.getByRole('link', { name: /Open in Security/ }).click());
    expect(core.navigations).toEqual([
      ['securitySolutionUI', { deepLinkId: 'rules', path: `/id/${healthyStatus().deployed?.id}` }],
    ]);

    act(() => unmount());
    expect(element.innerHTML).toBe('');
    expect(theme$.subscribers()).toBe(0);
    expect(core.titleResets).toBe(1);
    element.remove();
  });
});
