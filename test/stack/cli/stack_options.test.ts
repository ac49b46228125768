// Unit tests for the options of `npm run stack`.
import { OptionUsageError } from './option_values';
import { DEFAULT_STACK_OPTIONS, parseStackArgs } from './stack_options';

describe('parseStackArgs', () => {
  it('defaults to two weeks of a few hundred thousand events, with data', () => {
    const options = parseStackArgs([]);
    expect(options).toEqual(DEFAULT_STACK_OPTIONS);
    expect(options.days).toBe(14);
    expect(options.days * options.eventsPerDay).toBeGreaterThanOrEqual(200_000);
    expect(options.data).toBe(true);
  });

  it('reads sizes, --no-data, the schedule and the heap', () => {
    expect(
      parseStackArgs([
        '--days',
        '3',
        '--events-per-day=250',
        '--no-data',
        '--schedule-seconds',
        '0.5',
        '--heap',
        '512m',
        '--seed',
        'other',
      ]),
    ).toMatchObject({
      days: 3,
      eventsPerDay: 250,
      data: false,
      scheduleSeconds: 0.5,
      heap: '512m',
      seed: 'other',
    });
    expect(parseStackArgs(['-h']).help).toBe(true);
  });

  it.each([
    [['--days', '0'], /--days must be a whole number >= 1/],
    [['--days', '2.5'], /--days/],
    [['--events-per-day', '-1'], /--events-per-day/],
    [['--schedule-seconds', '0'], /--schedule-seconds must be a positive number/],
    [['--trickle-events-per-second', 'x'], /--trickle-events-per-second/],
    [['--heap', 'lots'], /--heap must look like/],
    [['--seed', ''], /--seed must not be empty/],
    [['--what'], /--what/],
    [['positional'], /positional/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseStackArgs(argv)).toThrow(OptionUsageError);
    expect(() => parseStackArgs(argv)).toThrow(message);
  });
});
