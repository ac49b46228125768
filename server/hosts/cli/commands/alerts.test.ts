// The `alerts` command's help says which range it reads without --range: the panel opens on another one.
import { alertsCommand } from './alerts';

describe('alerts --help', () => {
  it('states the default range in the command list and at the option', () => {
    expect(alertsCommand.summary).toContain('(default: last 24h)');
    expect(alertsCommand.usage).toMatch(
      /--range <range> .*24h, 7d or 30d\n\s+\(default 24h, the last 24 hours;/,
    );
  });
});
