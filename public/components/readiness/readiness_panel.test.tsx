import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { useReadiness } from '../../hooks/use_api_resource';
import {
  healthyReadiness,
  mixedReadiness,
  noDataReadiness,
} from '../../../test/support/panel/answers/readiness_responses';
import { failure, ok } from '../../../test/support/panel/fake_http';
import type { RouteReply } from '../../../test/support/panel/fake_http';
import { renderPanel } from '../../../test/support/panel/render_panel';
import { tablesSettled } from '../../../test/support/panel/tables_settled';
import { ReadinessPanel } from './readiness_panel';

function Harness() {
  return <ReadinessPanel readiness={useReadiness()} />;
}

const renderReadiness = (reply: RouteReply) => renderPanel(<Harness />, { readiness: reply });

describe('ReadinessPanel', () => {
  it('shows a loading state until readiness answers', () => {
    renderReadiness('pending');
    expect(screen.getByLabelText('Loading data readiness')).toBeInTheDocument();
  });

  it('shows one block per index pattern and a row per failing or warning check, each with result word, finding and fix', async () => {
    const { container } = renderReadiness(ok(mixedReadiness()));
    const filebeat = await screen.findByTestId('pattern-filebeat-*');
    const fleet = screen.getByTestId('pattern-logs-aws.cloudtrail-*');

    const query = within(filebeat).getByTestId('check-query_matches');
    expect(within(query).getByTestId('checkStatus')).toHaveTextContent('Fail');
    expect(query).toHaveTextContent('carry no data_stream.dataset');
    expect(query).toHaveTextContent('Move to the Elastic Agent AWS integration');

    const baseline = within(fleet).getByTestId('check-baseline');
    expect(within(baseline).getByTestId('checkStatus')).toHaveTextContent('Warn');
    expect(within(fleet).getAllByTestId('checkStatus')[0]).toHaveTextContent('Warn');

    expect(within(fleet).getByTestId('baselineCoverage')).toHaveTextContent('6 of 10 days');
    expect(within(filebeat).getByTestId('baselineCoverage')).toHaveTextContent('10 of 10 days');

    // The passing checks wait behind one line each, and open into their rows.
    expect(within(filebeat).getByTestId('passingChecks')).toHaveTextContent('2 checks pass');
    expect(within(fleet).queryByTestId('check-mapping')).not.toBeInTheDocument();
    fireEvent.click(within(fleet).getByRole('button', { name: '5 checks pass' }));
    expect(within(fleet).getByTestId('check-mapping')).toHaveTextContent('Nothing');
    expect(within(fleet).getAllByTestId('check-resolves')).toHaveLength(1);
    await tablesSettled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('collapses a healthy feed to one summary line per pattern', async () => {
    const { container } = renderReadiness(ok(healthyReadiness()));
    const fleet = await screen.findByTestId('pattern-logs-aws.cloudtrail-*');
    expect(within(fleet).queryAllByTestId(/^check-/)).toHaveLength(0);
    const summary = within(fleet).getByRole('button', { name: '6 checks pass' });
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(summary);
    expect(summary).toHaveAttribute('aria-expanded', 'true');
    expect(within(fleet).queryAllByTestId(/^check-/)).toHaveLength(6);
    fireEvent.click(summary);
    expect(within(fleet).queryAllByTestId(/^check-/)).toHaveLength(0);
    await tablesSettled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('reads a count at the server cap as "at least", in a sentence of its own', async () => {
    renderReadiness(ok(healthyReadiness()));
    const fleet = await screen.findByTestId('pattern-logs-aws.cloudtrail-*');
    expect(fleet).toHaveTextContent(
      'Matches logs-aws.cloudtrail-default. At least 10,000 documents in the history window, newest 1 minute ago.',
    );
    expect(fleet).not.toHaveTextContent(/\. at least/);
  });

  it('writes counts below the cap plainly, with separators', async () => {
    renderReadiness(ok({ ...healthyReadiness(), countLimit: 10_000_000 }));
    const fleet = await screen.findByTestId('pattern-logs-aws.cloudtrail-*');
    expect(fleet).toHaveTextContent('. 10,000 documents in the history window');
    const mixed = renderReadiness(ok(mixedReadiness()));
    expect(
      await within(mixed.container).findByTestId('pattern-logs-aws.cloudtrail-*'),
    ).toHaveTextContent('. 1,284,311 documents in the history window');
    await tablesSettled();
  });

  it('shows findings across patterns and patterns that resolve to nothing', async () => {
    renderReadiness(ok(noDataReadiness()));
    expect(await screen.findByText('No data the rule can read')).toBeInTheDocument();
    const filebeat = screen.getByTestId('pattern-filebeat-*');
    expect(filebeat).toHaveTextContent('Matches no index or data stream.');
    expect(within(filebeat).queryByTestId('baselineCoverage')).not.toBeInTheDocument();
    await tablesSettled();
  });

  it('shows the empty state when the rule has no index patterns', async () => {
    renderReadiness(ok({ ...mixedReadiness(), patterns: [] }));
    expect(await screen.findByTestId('sectionEmpty')).toHaveTextContent('No index patterns');
  });

  it('shows the error with a retry', async () => {
    const panel = renderReadiness(failure(500, 'field_caps failed: cluster unavailable'));
    const error = await screen.findByTestId('sectionError');
    expect(error).toHaveTextContent('field_caps failed');
    panel.http.replies.readiness = ok(mixedReadiness());
    fireEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('pattern-filebeat-*')).toBeInTheDocument();
    await tablesSettled();
  });

  it('shows the no-privilege state on 403', async () => {
    const { container } = renderReadiness(
      failure(403, 'action [indices:data/read/field_caps] is unauthorized'),
    );
    expect(await screen.findByTestId('sectionForbidden')).toHaveTextContent(
      "You don't have privileges to see data readiness",
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
