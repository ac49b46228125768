import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { useGuide } from '../../hooks/use_api_resource';
import { guideResponse, HOSTILE_NOTE } from '../../../test/support/panel/answers/guide_responses';
import { bundledNote } from '../../../test/support/panel/bundled_note';
import { failure, ok } from '../../../test/support/panel/fake_http';
import type { RouteReply } from '../../../test/support/panel/fake_http';
import { renderPanel } from '../../../test/support/panel/render_panel';
import { InvestigationGuide } from './investigation_guide';

function Harness() {
  return <InvestigationGuide guide={useGuide()} />;
}

const renderGuide = (reply: RouteReply) => renderPanel(<Harness />, { guide: reply });

describe('InvestigationGuide', () => {
  it('shows a loading state until the guide answers', () => {
    renderGuide('pending');
    expect(screen.getByLabelText('Loading the investigation guide')).toBeInTheDocument();
  });

  it("renders the rule's real note: headings, lists, inline code and safe external links", async () => {
    const { container } = renderGuide(ok(guideResponse(bundledNote())));
    const markdown = await screen.findByTestId('guideMarkdown');
    expect(
      within(markdown).getByRole('heading', { level: 2, name: 'Triage and analysis' }),
    ).toBeInTheDocument();
    expect(
      within(markdown).getByRole('heading', { level: 3, name: 'Possible investigation steps' }),
    ).toBeInTheDocument();
    expect(within(markdown).getAllByRole('listitem').length).toBeGreaterThan(10);
    expect(within(markdown).getAllByText('cloud.account.id')[0].tagName).toBe('CODE');

    const playbooks = within(markdown).getByRole('link', { name: /AWS IR Playbooks/ });
    expect(playbooks).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/github\.com\/aws-samples\//),
    );
    expect(playbooks).toHaveAttribute('target', '_blank');
    expect(playbooks.getAttribute('rel')?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );

    expect(screen.getByTestId('guideSource')).toHaveTextContent('From the deployed rule');
    expect(
      within(screen.getByTestId('investigationFields')).getByText(
        'aws.cloudtrail.user_identity.arn',
      ),
    ).toBeInTheDocument();
    const references = within(screen.getByTestId('guideReferences')).getAllByRole('link');
    expect(references).toHaveLength(3);
    for (const reference of references)
      expect(reference).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('keeps raw HTML and javascript: links inert', async () => {
    const { container } = renderGuide(ok(guideResponse(HOSTILE_NOTE)));
    const markdown = await screen.findByTestId('guideMarkdown');
    expect(markdown.querySelector('script')).toBeNull();
    expect(markdown.querySelector('img')).toBeNull();
    expect(markdown.querySelector('[onerror]')).toBeNull();
    expect(markdown.innerHTML).not.toMatch(/onerror/i);
    for (const anchor of Array.from(markdown.querySelectorAll('a'))) {
      expect(anchor.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
    }
    expect(markdown).toHaveTextContent("[the runbook](javascript:window.__pwned='link')");
    expect(within(markdown).getByRole('link', { name: /AWS docs/ })).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/',
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('turns Security guide tokens into readable placeholders instead of raw text', async () => {
    renderGuide(ok(guideResponse(HOSTILE_NOTE)));
    const placeholders = await screen.findAllByTestId('guideTokenPlaceholder');
    expect(placeholders).toHaveLength(2);
    expect(placeholders[0]).toHaveTextContent('Timeline query: Same user, last 30 minutes');
    expect(placeholders[0]).toHaveTextContent('Everything this user did around the alert.');
    expect(placeholders[0]).toHaveTextContent('open an alert in Kibana Security to run it');
    expect(placeholders[1]).toHaveTextContent('Osquery: Installed software on the instance');
    const markdown = screen.getByTestId('guideMarkdown');
    expect(markdown).not.toHaveTextContent('!{investigate');
    expect(markdown).not.toHaveTextContent('"providers"');
    expect(markdown).not.toHaveTextContent('!{osquery');
  });

  it('renders fenced code as a code block', async () => {
    renderGuide(ok(guideResponse(HOSTILE_NOTE)));
    const markdown = await screen.findByTestId('guideMarkdown');
    expect(
      within(markdown).getByText('aws ssm get-inventory --max-results 5').closest('pre'),
    ).not.toBeNull();
  });

  it('says where the guide comes from when the rule is not deployed', async () => {
    renderGuide(ok(guideResponse(bundledNote(), 'bundled')));
    expect(await screen.findByTestId('guideSource')).toHaveTextContent(
      'From the bundled definition',
    );
  });

  it('shows the empty state for a rule without a note', async () => {
    renderGuide(ok(guideResponse('  \n')));
    expect(await screen.findByTestId('sectionEmpty')).toHaveTextContent('No investigation guide');
  });

  it('shows the error with a retry', async () => {
    const panel = renderGuide(failure(500, 'could not read the rule'));
    const error = await screen.findByTestId('sectionError');
    panel.http.replies.guide = ok(guideResponse(bundledNote()));
    fireEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('guideMarkdown')).toBeInTheDocument();
  });

  it('shows the no-privilege state on 403', async () => {
    renderGuide(failure(403, 'Unauthorized to get rule'));
    expect(await screen.findByTestId('sectionForbidden')).toHaveTextContent(
      "You don't have privileges to see the investigation guide",
    );
  });
});
