const mountStandalone = jest.fn();
jest.mock('./shell', () => ({ mountStandalone: (...args: unknown[]) => mountStandalone(...args) }));

async function runEntry() {
  await jest.isolateModulesAsync(async () => {
    await import('./index');
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('standalone entry', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="ssm-recon-root"><p>Loading…</p></div>';
    mountStandalone.mockReset();
    window.fetch = jest.fn(() =>
      Promise.resolve({
        ok: true,
        status: 200,
        json: () => Promise.resolve({ kibanaUrl: 'https://k.example/', theme: 'dark' }),
      } as Response),
    ) as typeof window.fetch;
  });

  it("replaces the loading line with the shell, given the host's config", async () => {
    await runEntry();
    const root = document.getElementById('ssm-recon-root');
    expect(window.fetch).toHaveBeenCalledWith('ui-config.json', expect.anything());
    expect(mountStandalone).toHaveBeenCalledWith(root, {
      kibanaUrl: 'https://k.example',
      theme: 'dark',
    });
    expect(root).not.toHaveTextContent('Loading…');
  });

  it('says so when the shell cannot load', async () => {
    mountStandalone.mockImplementation(() => {
      throw new Error('chunk failed');
    });
    await runEntry();
    const root = document.getElementById('ssm-recon-root');
    expect(root).toHaveAttribute('role', 'alert');
    expect(root).toHaveTextContent('The page could not load: chunk failed. Reload to try again.');
  });
});
