// Dates in the panel follow the user's Kibana `dateFormat` and `dateFormat:tz`: the same answers read under two
// settings, in a section rendered alone and in the whole panel mounted in Kibana.
import { act, screen, within } from '@testing-library/react';
import type { DateSettings } from '../format/date_time';
import { activeAlerts } from '../../test/support/panel/answers/alerts_responses';
import { healthyStatus, SAVED_OBJECT_ID } from '../../test/support/panel/answers/status_responses';
import { createFakeCore, mountParameters, themeSubject } from '../../test/support/panel/fake_core';
import { ok } from '../../test/support/panel/fake_http';
import { AlertsHarness } from '../../test/support/panel/alerts_harness';
import { renderPanel } from '../../test/support/panel/render_panel';
import { renderApp } from '../application';

const NOW = new Date('2026-12-05T06:00:00.000Z');
// The newest sample alert was raised 35 minutes before NOW: 05:25:00.000 UTC.
const TOKYO: DateSettings = { dateFormat: 'YYYY-MM-DD HH:mm:ss', timeZone: 'Asia/Tokyo' };
const NEW_YORK: DateSettings = {
  dateFormat: 'MMM D, YYYY @ HH:mm:ss.SSS',
  timeZone: 'America/New_York',
};
const CASES: Array<[string, DateSettings, string]> = [
  ['Asia/Tokyo', TOKYO, '2026-12-05 14:25:00'],
  ['America/New_York', NEW_YORK, 'Dec 5, 2026 @ 00:25:00.000'],
];

describe('dates in the panel', () => {
  it.each(CASES)('read in %s with its format in the newest alerts', async (_, settings, shown) => {
    renderPanel(
      <AlertsHarness ruleId={SAVED_OBJECT_ID} canWrite />,
      { alerts: ok(activeAlerts('7d', NOW)) },
      { dateSettings: settings },
    );
    const [newest] = await screen.findAllByTestId('alertTime');
    expect(newest).toHaveTextContent(shown);
    expect(within(newest).getByRole('link')).toHaveAccessibleName(
      expect.stringContaining(`Open the alert of ${shown}`),
    );
  });

  it.each(CASES)(
    "follow Kibana's uiSettings when mounted in Kibana (%s)",
    async (_, settings, shown) => {
      const core = createFakeCore(
        { status: ok(healthyStatus(NOW)), alerts: ok(activeAlerts('7d', NOW)) },
        { dateFormat: settings.dateFormat, 'dateFormat:tz': settings.timeZone },
      );
      const element = document.body.appendChild(document.createElement('div'));
      let unmount: () => void = () => undefined;
      act(() => {
        unmount = renderApp(
          core.start,
          mountParameters(element, themeSubject({ darkMode: false, name: 'borealis' })),
        );
      });
      await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(screen.getAllByTestId('alertTime')[0]).toHaveTextContent(shown);
      act(() => unmount());
      element.remove();
    },
  );
});
