import { loadStandaloneConfig, readStandaloneConfig } from './config';

describe('readStandaloneConfig', () => {
  it('reads the Kibana URL without its trailing slash, and the theme', () => {
    expect(
      readStandaloneConfig({ kibanaUrl: 'https://kibana.example.com:5601/', theme: 'dark' }),
    ).toEqual({
      kibanaUrl: 'https://kibana.example.com:5601',
      theme: 'dark',
    });
    expect(readStandaloneConfig({ kibanaUrl: 'http://10.0.0.5:5601/s/secops' }).kibanaUrl).toBe(
      'http://10.0.0.5:5601/s/secops',
    );
  });

  it('refuses a Kibana URL that is not a web address', () => {
    for (const kibanaUrl of ['javascript:alert(1)', 'data:text/html,x', 'not a url', '', 42]) {
      expect(readStandaloneConfig({ kibanaUrl }).kibanaUrl).toBeNull();
    }
  });

  it("passes the host's schedule note on as one short line of text, and leaves it out otherwise", () => {
    expect(
      readStandaloneConfig({ scheduleNote: '  The sandbox runs enabled rules every 30 s.  ' }),
    ).toEqual({
      kibanaUrl: null,
      theme: 'light',
      scheduleNote: 'The sandbox runs enabled rules every 30 s.',
    });
    for (const scheduleNote of [undefined, '', '   ', 42, { text: 'x' }, 'x'.repeat(201)]) {
      expect(readStandaloneConfig({ scheduleNote })).not.toHaveProperty('scheduleNote');
    }
  });

  it('falls back to defaults without a config', () => {
    expect(readStandaloneConfig(undefined)).toEqual({ kibanaUrl: null, theme: 'light' });
    expect(readStandaloneConfig({ theme: 'purple' }).theme).toBe('light');
  });
});

describe('loadStandaloneConfig', () => {
  const answer = (status: number, body: unknown) =>
    Promise.resolve({ ok: status === 200, status, json: () => Promise.resolve(body) } as Response);

  it("reads the host's ui-config.json next to the page, with the page's credentials", async () => {
    const fetchFn = jest.fn((_input: string, _init: RequestInit) =>
      answer(200, { kibanaUrl: 'http://kibana.example' }),
    );
    await expect(loadStandaloneConfig({}, fetchFn)).resolves.toEqual({
      kibanaUrl: 'http://kibana.example',
      theme: 'light',
    });
    expect(fetchFn).toHaveBeenCalledWith(
      'ui-config.json',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
  });

  it('prefers a config set by an embedding page', async () => {
    const fetchFn = jest.fn(() => answer(200, {}));
    const config = await loadStandaloneConfig(
      { __SSM_RECON_CONFIG__: { kibanaUrl: 'https://k.example' } },
      fetchFn,
    );
    expect(config.kibanaUrl).toBe('https://k.example');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('still starts, without Security links, when the config cannot be had', async () => {
    await expect(loadStandaloneConfig({}, () => answer(404, null))).resolves.toEqual({
      kibanaUrl: null,
      theme: 'light',
    });
    await expect(
      loadStandaloneConfig({}, () => Promise.reject(new TypeError('offline'))),
    ).resolves.toEqual({
      kibanaUrl: null,
      theme: 'light',
    });
  });
});
