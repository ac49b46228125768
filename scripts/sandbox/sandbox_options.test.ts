// Unit tests for the options of `npm start`.
import path from 'node:path';
import { OptionUsageError } from '../../test/stack/cli/option_values';
import { parseSandboxArgs } from './sandbox_options';

describe('parseSandboxArgs', () => {
  it('defaults to 14 days of data cached under .cache/sandbox and the port 5602', () => {
    expect(parseSandboxArgs([], '/repo')).toEqual({
      engine: 'elasticsearch',
      days: 14,
      eventsPerDay: 2000,
      seed: 'ssm-recon',
      cacheDir: path.join('/repo', '.cache', 'sandbox'),
      port: 5602,
      scheduleSeconds: 30,
      fresh: false,
      help: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseSandboxArgs(
        ['--days=3', '--events-per-day', '100', '--port', '0', '--cache-dir', 'c', '--fresh'],
        '/repo',
      ),
    ).toMatchObject({ days: 3, eventsPerDay: 100, port: 0, cacheDir: '/repo/c', fresh: true });
    expect(parseSandboxArgs(['--engine', 'opensearch'], '/repo').engine).toBe('opensearch');
    expect(() => parseSandboxArgs(['--engine', 'solr'], '/repo')).toThrow(
      /--engine must be one of elasticsearch, opensearch, got "solr"/,
    );
    expect(parseSandboxArgs(['--heap', '1g', '--schedule-seconds', '5'], '/r')).toMatchObject({
      heap: '1g',
      scheduleSeconds: 5,
    });
  });

  it.each([
    [['--port', '70000'], /--port/],
    [['--days', '0'], /--days/],
    [['--schedule-seconds', '-1'], /--schedule-seconds/],
    [['--heap', 'big'], /--heap/],
    [['--nope'], /--nope/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSandboxArgs(argv, '/r')).toThrow(OptionUsageError);
    expect(() => parseSandboxArgs(argv, '/r')).toThrow(message);
  });
});
