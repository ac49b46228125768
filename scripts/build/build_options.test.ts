import path from 'node:path';
import { parseBuildOptions } from './build_options';
import { DEFAULT_KIBANA_VERSION } from './kibana_version';

const root = '/project';

describe('parseBuildOptions', () => {
  it('defaults to the targeted Kibana version and build/', () => {
    expect(parseBuildOptions([], root)).toEqual({
      kibanaVersion: DEFAULT_KIBANA_VERSION,
      outDir: path.join(root, 'build'),
      quiet: false,
    });
    expect(DEFAULT_KIBANA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('takes --kibana-version and --out-dir with a space or an equals sign', () => {
    expect(
      parseBuildOptions(['--kibana-version', '9.1.7', '--out-dir=dist', '--quiet'], root),
    ).toEqual({
      kibanaVersion: '9.1.7',
      outDir: path.join(root, 'dist'),
      quiet: true,
    });
    expect(parseBuildOptions(['--kibana-version=8.19.4'], root).kibanaVersion).toBe('8.19.4');
  });

  it('refuses versions Kibana would not match exactly, missing values and unknown options', () => {
    for (const version of ['9.2', '9.2.x', 'v9.2.1', '9.2.1-SNAPSHOT']) {
      expect(() => parseBuildOptions(['--kibana-version', version], root)).toThrow(/exact version/);
    }
    expect(() => parseBuildOptions(['--kibana-version'], root)).toThrow(
      '--kibana-version needs a value',
    );
    expect(() => parseBuildOptions(['--out-dir', '--quiet'], root)).toThrow(
      '--out-dir needs a value',
    );
    expect(() => parseBuildOptions(['--kibana'], root)).toThrow('unknown option --kibana');
  });
});
