import { readStandaloneConfig } from './config';
import { standaloneConfigScript } from './config_script';

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

  it('falls back to defaults without a config', () => {
    expect(readStandaloneConfig(undefined)).toEqual({ kibanaUrl: null, theme: 'light' });
    expect(readStandaloneConfig({ theme: 'purple' }).theme).toBe('light');
  });
});

describe('standaloneConfigScript', () => {
  it('sets the global the entry reads, with markup characters escaped', () => {
    const script = standaloneConfigScript({
      kibanaUrl: 'https://k.example/</script><script>alert(1)</script>',
    });
    expect(script).not.toContain('</script>');
    const sandbox: Record<string, unknown> = {};
    new Function('window', script)(sandbox);
    expect(sandbox.__SSM_RECON_CONFIG__).toEqual({
      kibanaUrl: 'https://k.example/</script><script>alert(1)</script>',
    });
  });
});
