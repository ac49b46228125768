import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ROUTES } from '../../../common/api';
import {
  noExceptions,
  oneException,
  stormBacktest,
} from '../../../test/support/panel/answers/backtest_responses';
import { failure, ok } from '../../../test/support/panel/fake_http';
import { renderPanel } from '../../../test/support/panel/render_panel';
import { useBacktest, useExceptionChanges, useExceptions } from '../../hooks/use_backtest';
import { WhatWouldFire } from './what_would_fire';

function Harness({ canWrite }: { canWrite: boolean }) {
  const backtest = useBacktest();
  const exceptions = useExceptions();
  const changes = useExceptionChanges(() => {
    exceptions.reload();
    backtest.rerun();
  });
  return (
    <WhatWouldFire
      backtest={backtest}
      exceptions={exceptions}
      changes={changes}
      canWrite={canWrite}
      readOnlyReason={
        canWrite ? null : 'Your Kibana role can read detection rules but not change them.'
      }
    />
  );
}

describe('WhatWouldFire', () => {
  it('runs the backtest only when asked, then shows the chart, the forecast, the alerts and the suggestions', async () => {
    const { http } = renderPanel(<Harness canWrite />, {
      backtest: ok(stormBacktest()),
      exceptions: ok(noExceptions()),
    });
    expect(await screen.findByTestId('ruleExceptionsEmpty')).toBeInTheDocument();
    expect(http.calls.some((call) => call.path === ROUTES.backtest)).toBe(false);

    fireEvent.click(screen.getByTestId('backtestRun'));
    expect(await screen.findByTestId('backtestSummary')).toHaveTextContent(
      '3 alerts in 4 of 2,016 runs (every 5m) of the deployed rule.',
    );
    expect(
      JSON.parse(String(http.calls.find((c) => c.path === ROUTES.backtest)?.options.body)),
    ).toEqual({
      days: 7,
    });
    expect(await screen.findByTestId('backtestChart')).toHaveAttribute('data-points', '4');
    expect(screen.getByTestId('backtestForecast')).toHaveTextContent('covers 3 of 10 days');
    expect(
      within(screen.getByTestId('backtestAlerts')).getAllByText(/svc-backup-7f3a/)[0],
    ).toBeInTheDocument();
    expect(screen.getByTestId('backtestSuggestions')).toHaveTextContent(
      'user.name is AWSServiceRoleForAmazonSSM',
    );
  });

  it('adds a suggested exception after a confirm modal that shows the exact entries, then runs again', async () => {
    let backtests = 0;
    const { http, toasts } = renderPanel(<Harness canWrite />, {
      backtest: () => {
        backtests += 1;
        return ok(stormBacktest());
      },
      exceptions: ok(noExceptions()),
      exceptionsAdd: ok(oneException()),
    });
    fireEvent.click(await screen.findByTestId('backtestRun'));
    fireEvent.click(await screen.findByTestId('backtestAddException'));
    const modal = await screen.findByTestId('backtestConfirmException');
    const [suggestion] = stormBacktest().suggestions;
    expect(within(modal).getByTestId('backtestExceptionEntries')).toHaveTextContent(
      JSON.stringify(suggestion.entries),
    );
    fireEvent.click(within(modal).getByText('Add exception'));
    await waitFor(() => expect(backtests).toBe(2));
    const sent = http.calls.find((call) => call.path === ROUTES.exceptionsAdd);
    expect(JSON.parse(String(sent?.options.body))).toEqual({
      entries: suggestion.entries,
      name: suggestion.name,
    });
    expect(toasts.shown.map((toast) => toast.title)).toContain('Exception added');
  });

  it('gives a reader the read-only explanation and no way to add', async () => {
    renderPanel(<Harness canWrite={false} />, {
      backtest: ok(stormBacktest()),
      exceptions: ok(oneException()),
    });
    fireEvent.click(await screen.findByTestId('backtestRun'));
    expect(await screen.findByTestId('backtestReadOnly')).toHaveTextContent(
      'Your Kibana role can read detection rules but not change them.',
    );
    expect(screen.queryByTestId('backtestAddException')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Remove exception/)).not.toBeInTheDocument();
  });

  it('shows a failed backtest with its message', async () => {
    renderPanel(<Harness canWrite />, {
      backtest: failure(502, 'Elasticsearch did not answer'),
      exceptions: ok(noExceptions()),
    });
    fireEvent.click(await screen.findByTestId('backtestRun'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Elasticsearch did not answer');
  });
});
