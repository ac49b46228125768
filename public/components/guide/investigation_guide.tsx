// Section "Investigation guide": the rule's note rendered safely, its investigation fields and references.
import {
  EuiBadge,
  EuiFlexGroup,
  EuiFlexItem,
  EuiHorizontalRule,
  EuiLink,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { GuideResponse } from '../../../common/api';
import type { ApiResource } from '../../hooks/use_api_resource';
import { EmptyState, ResourceView, SectionPanel } from '../section';
import { LazyGuideMarkdown } from './lazy_guide_markdown';

function GuideContent({ guide }: { guide: GuideResponse }) {
  return (
    <>
      <EuiBadge
        color="hollow"
        iconType={guide.source === 'deployed' ? 'check' : 'document'}
        data-test-subj="guideSource"
      >
        {guide.source === 'deployed'
          ? 'From the deployed rule'
          : 'From the bundled definition (rule not deployed)'}
      </EuiBadge>
      <EuiSpacer size="m" />
      <LazyGuideMarkdown markdown={guide.note} />
      {guide.investigationFields.length > 0 ? (
        <>
          <EuiHorizontalRule margin="m" />
          <EuiTitle size="xxs">
            <h3>Investigation fields</h3>
          </EuiTitle>
          <EuiSpacer size="s" />
          <EuiFlexGroup
            gutterSize="xs"
            wrap
            responsive={false}
            data-test-subj="investigationFields"
          >
            {guide.investigationFields.map((field) => (
              <EuiFlexItem grow={false} key={field}>
                <EuiBadge color="hollow">{field}</EuiBadge>
              </EuiFlexItem>
            ))}
          </EuiFlexGroup>
        </>
      ) : null}
      {guide.references.length > 0 ? (
        <>
          <EuiHorizontalRule margin="m" />
          <EuiTitle size="xxs">
            <h3>References</h3>
          </EuiTitle>
          <EuiText size="s">
            <ul data-test-subj="guideReferences">
              {guide.references.map((reference) => (
                <li key={reference}>
                  <EuiLink href={reference} target="_blank" rel="noopener noreferrer" external>
                    {reference}
                  </EuiLink>
                </li>
              ))}
            </ul>
          </EuiText>
        </>
      ) : null}
    </>
  );
}

export function InvestigationGuide({ guide }: { guide: ApiResource<GuideResponse> }) {
  return (
    <SectionPanel title="Investigation guide" data-test-subj="guideSection">
      <ResourceView
        resource={guide}
        what="the investigation guide"
        privilegeHint='Reading the guide needs the "Read" privilege on Security rules (rules-read).'
        empty={(data) =>
          data.note.trim() === '' ? (
            <EmptyState
              iconType="document"
              title="No investigation guide"
              body="This rule has no note to guide an investigation."
            />
          ) : null
        }
      >
        {(data) => <GuideContent guide={data} />}
      </ResourceView>
    </SectionPanel>
  );
}
