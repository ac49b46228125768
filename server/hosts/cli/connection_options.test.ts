// Connection settings: flags over the environment, only the URLs a command uses, everything missing in one
// message that names flags and environment variables, and "did you mean" for a mistyped option.
import { closestName, editDistance } from './closest_name';
import { UsageError } from './command';
import {
  CONNECTION_FLAGS,
  connectionOptions,
  parseCommandArgs,
  type ConnectionNeeds,
} from './connection_options';
import { OUTPUT_FLAGS } from './service_command';

const urls = {
  'elasticsearch-url': 'https://es.example:9200/',
  'kibana-url': 'https://kb.example:5601',
};
const BOTH: ConnectionNeeds = { uses: ['elasticsearch', 'kibana'], credentialsRequired: true };
const KIBANA: ConnectionNeeds = { uses: ['kibana'], credentialsRequired: true };
const ELASTICSEARCH: ConnectionNeeds = { uses: ['elasticsearch'], credentialsRequired: true };

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('connectionOptions', () => {
  it('takes flags over the environment and trims trailing slashes', () => {
    const options = connectionOptions(
      { ...urls, 'api-key': 'abc', space: 'secops' },
      { ELASTICSEARCH_URL: 'http://other:9200', ELASTIC_API_KEY: 'env-key' },
      BOTH,
    );
    expect(options).toEqual({
      elasticsearchUrl: 'https://es.example:9200',
      kibanaUrl: 'https://kb.example:5601',
      credentials: { apiKey: 'abc' },
      space: 'secops',
      timeoutMs: 30000,
    });
  });

  it('falls back to the conventional environment variables', () => {
    const options = connectionOptions(
      {},
      {
        ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
        KIBANA_URL: 'http://127.0.0.1:5601',
        ELASTIC_USERNAME: 'elastic',
        ELASTIC_PASSWORD: 'changeme',
      },
      BOTH,
    );
    expect(options.credentials).toEqual({ username: 'elastic', password: 'changeme' });
    expect(options.space).toBe('default');
  });

  it('requires only the URL a command uses, and leaves the other out', () => {
    const env = { ELASTIC_API_KEY: 'k' };
    expect(connectionOptions({ 'kibana-url': 'http://k' }, env, KIBANA)).toMatchObject({
      kibanaUrl: 'http://k',
    });
    expect(connectionOptions({ 'kibana-url': 'http://k' }, env, KIBANA).elasticsearchUrl).toBe(
      undefined,
    );
    expect(
      connectionOptions({ 'elasticsearch-url': 'http://e' }, env, ELASTICSEARCH),
    ).toMatchObject({ elasticsearchUrl: 'http://e' });
    expect(usageError(() => connectionOptions({}, env, ELASTICSEARCH))).toBe(
      'missing --elasticsearch-url (or ELASTICSEARCH_URL)',
    );
  });

  it('reports every missing setting in one message, naming flags and environment variables', () => {
    const message = usageError(() => connectionOptions({}, {}, BOTH));
    expect(message).toBe(
      'missing --elasticsearch-url (or ELASTICSEARCH_URL); --kibana-url (or KIBANA_URL); ' +
        'credentials: --api-key (or ELASTIC_API_KEY), or --username and --password ' +
        '(or ELASTIC_USERNAME and ELASTIC_PASSWORD)',
    );
  });

  it('names the missing half of a username/password pair in the environment', () => {
    expect(usageError(() => connectionOptions(urls, { ELASTIC_USERNAME: 'elastic' }, BOTH))).toBe(
      'ELASTIC_USERNAME is set but ELASTIC_PASSWORD is not',
    );
  });

  it('lets serve run without credentials', () => {
    const options = connectionOptions(urls, {}, { ...BOTH, credentialsRequired: false });
    expect(options.credentials).toBeUndefined();
  });

  it.each([
    [{ 'kibana-url': 'http://k' }, /missing --elasticsearch-url/],
    [{ ...urls, 'kibana-url': 'kibana' }, /--kibana-url is not a URL/],
    [{ ...urls, 'kibana-url': 'ftp://k' }, /http or https/],
    [{ ...urls, 'kibana-url': 'https://u:p@k' }, /must not carry credentials/],
    [{ ...urls }, /missing credentials: .*ELASTIC_API_KEY.*ELASTIC_USERNAME and ELASTIC_PASSWORD/],
    [{ ...urls, username: 'elastic' }, /go together/],
    [{ ...urls, 'api-key': 'k', space: 'Sec Ops' }, /not a valid space id/],
    [{ ...urls, 'api-key': 'k', timeout: '-1' }, /--timeout/],
  ])('refuses %j', (values, message) => {
    expect(usageError(() => connectionOptions(values, {}, BOTH))).toMatch(message);
  });

  it('reports several wrong settings together', () => {
    const message = usageError(() =>
      connectionOptions({ 'kibana-url': 'kibana', space: 'A B', 'api-key': 'k' }, {}, BOTH),
    );
    expect(message).toMatch(
      /^missing --elasticsearch-url .*; --kibana-url is not a URL.*; --space/,
    );
  });
});

describe('parseCommandArgs', () => {
  const options = { ...CONNECTION_FLAGS, ...OUTPUT_FLAGS, enable: { type: 'boolean' } } as const;

  it.each([
    ['--enabled', "Unknown option '--enabled'. Did you mean '--enable'?"],
    ['--kibana-ulr', "Unknown option '--kibana-ulr'. Did you mean '--kibana-url'?"],
    ['--verbsoe', "Unknown option '--verbsoe'. Did you mean '--verbose'?"],
    ['--elasticsearch', "Unknown option '--elasticsearch'. Did you mean '--elasticsearch-url'?"],
    ['--frobnicate', "Unknown option '--frobnicate' (run with --help for the options)"],
  ])('names an unknown flag %s and the closest known one', (flag, message) => {
    expect(usageError(() => parseCommandArgs([flag], options))).toBe(message);
  });
});

describe('closestName', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('ulr', 'url')).toBe(1);
    expect(editDistance('enabled', 'enable')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only names within a third of their length', () => {
    expect(closestName('stauts', ['status', 'deploy'])).toBe('status');
    expect(closestName('json', ['space', 'rule'])).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });
});
