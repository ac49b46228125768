import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ROUTES } from '../../common/api';
import { activeAlerts } from '../../test/support/panel/answers/alerts_responses';
import { enabled } from '../../test/support/panel/answers/deploy_responses';
import { guideResponse } from '../../test/support/panel/answers/guide_responses';
import { mixedReadiness } from '../../test/support/panel/answers/readiness_responses';
import { healthyStatus, SAVED_OBJECT_ID } from '../../test/support/panel/answers/status_responses';
import { tablesSettled } from '../../test/support/panel/tables_settled';
import { mountStandalone } from './shell';

const ANSWERS: Record<string, unknown> = {
  [ROUTES.status]: healthyStatus(),
  [ROUTES.readiness]: mixedReadiness(),
  [ROUTES.alerts]: activeAlerts('7d'),
  [ROUTES.guide]: guideResponse('## Triage\n\nCheck `user.name`.'),
  [ROUTES.enable]: enabled(false),
};

function stubFetch() {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  window.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    const body = ANSWERS[url.split('?')[0]];
    return Promise.resolve({
      ok: body !== undefined,
      status: body !== undefined ? 200 : 404,
      statusText: '',
      text: () =>
        Promise.resolve(
          JSON.stringify(body ?? { statusCode: 404, error: 'Not Found', message: 'no' }),
        ),
    } as Response);
  }) as typeof window.fetch;
  return calls;
}

async function flush() {
  // The shell creates its own React root, outside Testing Library: let its updates run inside act().
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

describe('mountStandalone', () => {
  it('serves the same panel with a host header, Kibana headers on every call, links to Kibana and toasts', async () => {
    const calls = stubFetch();
    const element = document.createElement('div');
    document.body.appendChild(element);
    let unmount: () => void = () => undefined;
    act(() => {
      unmount = mountStandalone(element, {
        kibanaUrl: 'https://kibana.example.com',
        theme: 'light',
      });
    });
    await flush();

    expect(screen.getByTestId('standaloneHeader')).toHaveTextContent('AWS SSM Recon Rule');
    expect(
      screen.getByRole('heading', { level: 1, name: /AWS SSM Inventory Reconnaissance/ }),
    ).toBeInTheDocument();
    for (const call of calls) {
      expect(call.init.headers).toMatchObject({
        'elastic-api-version': '1',
        'x-elastic-internal-origin': 'Kibana',
      });
    }
    const open = screen.getByRole('link', { name: /Open in Security/ });
    expect(open).toHaveAttribute(
      'href',
      `https://kibana.example.com/app/security/rules/id/${SAVED_OBJECT_ID}`,
    );
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', expect.stringContaining('noopener'));

    act(() => fireEvent.click(screen.getByRole('switch', { name: 'Enabled' })));
    await flush();
    await waitFor(() => expect(screen.getByText('Rule disabled')).toBeInTheDocument());
    await tablesSettled(element);
    expect(await axe(element)).toHaveNoViolations();

    act(() => unmount());
    expect(element.innerHTML).toBe('');
    element.remove();
  });

  it("shows the host's schedule note beside the rule's schedule, and nothing without one", async () => {
    stubFetch();
    for (const scheduleNote of ['The sandbox runs enabled rules every 30 s.', undefined]) {
      const element = document.createElement('div');
      document.body.appendChild(element);
      let unmount: () => void = () => undefined;
      act(() => {
        unmount = mountStandalone(element, {
          kibanaUrl: null,
          theme: 'light',
          ...(scheduleNote ? { scheduleNote } : {}),
        });
      });
      await flush();
      await waitFor(() => expect(screen.getByTestId('schedule')).toBeInTheDocument());
      expect(screen.getByTestId('schedule')).toHaveTextContent('Every 5m, looking back to now-6m');
      if (scheduleNote) expect(screen.getByTestId('scheduleNote')).toHaveTextContent(scheduleNote);
      else expect(screen.queryByTestId('scheduleNote')).not.toBeInTheDocument();
      await tablesSettled(element);
      act(() => unmount());
      element.remove();
    }
  });
});
