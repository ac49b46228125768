import path from 'node:path';
import { PLUGIN_ID } from '../../common/constants';
import { parseKibanaJsonc, readKibanaJsonc } from './kibana_jsonc';
import { LEGACY_MANIFEST_KEYS, legacyManifest } from './legacy_manifest';

const root = path.resolve(__dirname, '../..');

describe('kibana.jsonc', () => {
  const manifest = readKibanaJsonc(root);

  it('is a security plugin whose id matches the code', () => {
    expect(manifest.type).toBe('plugin');
    expect(manifest.id).toBe('@kbn/ssm-recon-rule-plugin');
    expect(manifest.group).toBe('security');
    expect(manifest.plugin).toMatchObject({ id: PLUGIN_ID, server: true, browser: true });
    expect(manifest.plugin.configPath).toEqual([PLUGIN_ID]);
    expect(manifest.plugin.optionalPlugins).toContain('spaces');
    // The Kibana feature (Stack Management → Roles) is registered through the features plugin.
    expect(manifest.plugin.requiredPlugins).toEqual(['features']);
  });

  it('reports malformed JSONC and wrong shapes precisely', () => {
    expect(() => parseKibanaJsonc('{ "type": "plugin", ')).toThrow(/kibana.jsonc: .* at offset/);
    expect(() =>
      parseKibanaJsonc(
        '// c\n{"type":"plugin","id":"x","owner":"o","group":"security","visibility":"private","plugin":{"id":"x","server":"yes","browser":true}}',
      ),
    ).toThrow('kibana.jsonc: invalid manifest at plugin.server');
  });
});

describe('legacy kibana.json', () => {
  const manifest = readKibanaJsonc(root);

  it('has only the keys Kibana accepts, the exact Kibana version, server and ui', () => {
    const legacy = legacyManifest(manifest, '1.0.0', '9.2.0');
    for (const key of Object.keys(legacy)) expect(LEGACY_MANIFEST_KEYS).toContain(key);
    expect(legacy).toMatchObject({
      id: PLUGIN_ID,
      version: '1.0.0',
      kibanaVersion: '9.2.0',
      server: true,
      ui: true,
      configPath: [PLUGIN_ID],
      requiredPlugins: ['features'],
      optionalPlugins: ['spaces'],
    });
    expect(legacy.owner.name).toMatch(/\S/);
  });

  it('refuses a Kibana version that is not exact', () => {
    expect(() => legacyManifest(manifest, '1.0.0', '9.2')).toThrow(/must be exact/);
    expect(() => legacyManifest(manifest, '1.0.0', '9.x.0')).toThrow(/must be exact/);
  });
});
