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
  });

  it("replaces the loading text with the shell, given the host's config", async () => {
    (window as unknown as Record<string, unknown>).__SSM_RECON_CONFIG__ = {
      kibanaUrl: 'https://k.example/',
      theme: 'dark',
    };
    await runEntry();
    const root = document.getElementById('ssm-recon-root');
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
