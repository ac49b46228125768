import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { useReadiness } from '../../hooks/use_api_resource';
import {
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

  it('shows one block per index pattern and one row per check, each with result word, finding and fix', async () => {
    const { container } = renderReadiness(ok(mixedReadiness()));
    const filebeat = await screen.findByTestId('pattern-filebeat-*');
    const fleet = screen.getByTestId('pattern-logs-aws.cloudtrail-*');

    const query = within(filebeat).getByTestId('check-query_matches');
    expect(within(query).getByTestId('checkStatus')).toHaveTextContent('Fail');
    expect(query).toHaveTextContent('carry no data_stream.dataset');
    expect(query).toHaveTextContent('Move to the Elastic Agent AWS integration');

    const baseline = within(fleet).getByTestId('check-baseline');
    expect(within(baseline).getByTestId('checkStatus')).toHaveTextContent('Warn');
    expect(within(fleet).getByTestId('check-mapping')).toHaveTextContent('Nothing');
    expect(within(fleet).getAllByTestId('checkStatus')[0]).toHaveTextContent('Warn');

    expect(within(fleet).getByTestId('baselineCoverage')).toHaveTextContent('6 of 10 days');
    expect(within(filebeat).getByTestId('baselineCoverage')).toHaveTextContent('10 of 10 days');
    expect(within(fleet).getAllByTestId('check-resolves')).toHaveLength(1);
    await tablesSettled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('reads a count at the server cap as "at least"', async () => {
    renderReadiness(ok({ ...mixedReadiness(), countLimit: 1_284_311 }));
    const fleet = await screen.findByTestId('pattern-logs-aws.cloudtrail-*');
    expect(fleet).toHaveTextContent(`at least ${(1_284_311).toLocaleString()} documents`);
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
