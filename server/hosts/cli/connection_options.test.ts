import { UsageError } from './command';
import { CONNECTION_FLAGS, connectionOptions, parseCommandArgs } from './connection_options';

const urls = {
  'elasticsearch-url': 'https://es.example:9200/',
  'kibana-url': 'https://kb.example:5601',
};

describe('connectionOptions', () => {
  it('takes flags over the environment and trims trailing slashes', () => {
    const options = connectionOptions(
      { ...urls, 'api-key': 'abc', space: 'secops' },
      { ELASTICSEARCH_URL: 'http://other:9200', ELASTIC_API_KEY: 'env-key' },
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
    );
    expect(options.credentials).toEqual({ username: 'elastic', password: 'changeme' });
    expect(options.space).toBe('default');
  });

  it.each([
    [{ 'kibana-url': 'http://k' }, /missing --elasticsearch-url/],
    [{ ...urls, 'kibana-url': 'kibana' }, /--kibana-url is not a URL/],
    [{ ...urls, 'kibana-url': 'ftp://k' }, /http or https/],
    [{ ...urls, 'kibana-url': 'https://u:p@k' }, /must not carry credentials/],
    [{ ...urls }, /no credentials/],
    [{ ...urls, username: 'elastic' }, /go together/],
    [{ ...urls, 'api-key': 'k', space: 'Sec Ops' }, /not a valid space id/],
    [{ ...urls, 'api-key': 'k', timeout: '-1' }, /--timeout/],
  ])('refuses %j', (values, message) => {
    expect(() => connectionOptions(values, {})).toThrow(UsageError);
    expect(() => connectionOptions(values, {})).toThrow(message);
  });
});

describe('parseCommandArgs', () => {
  it('names an unknown flag', () => {
    expect(() => parseCommandArgs(['--kibana-ulr', 'x'], CONNECTION_FLAGS)).toThrow(
      /Unknown option '--kibana-ulr'/,
    );
  });
});
