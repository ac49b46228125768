// The standalone page's top bar, standing in for Kibana's chrome: where you are and the way back to Kibana.
import {
  EuiHeader,
  EuiHeaderBreadcrumbs,
  EuiHeaderLink,
  EuiHeaderLinks,
  EuiHeaderLogo,
  EuiHeaderSection,
  EuiHeaderSectionItem,
} from '@elastic/eui';
import { PLUGIN_NAME } from '../../common/constants';

export function StandaloneHeader({ kibanaUrl }: { kibanaUrl: string | null }) {
  return (
    <EuiHeader position="fixed" data-test-subj="standaloneHeader">
      <EuiHeaderSection>
        <EuiHeaderSectionItem>
          <EuiHeaderLogo iconTitle="Elastic" href={kibanaUrl ?? undefined} aria-label="Elastic" />
        </EuiHeaderSectionItem>
        <EuiHeaderSectionItem>
          <EuiHeaderBreadcrumbs
            aria-label="Where you are"
            breadcrumbs={[{ text: 'Security' }, { text: PLUGIN_NAME }]}
          />
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
      {kibanaUrl ? (
        <EuiHeaderSection side="right">
          <EuiHeaderSectionItem>
            <EuiHeaderLinks aria-label="Kibana">
              <EuiHeaderLink
                iconType="external"
                href={`${kibanaUrl}/app/security`}
                target="_blank"
                rel="noopener noreferrer"
              >
                Kibana Security
              </EuiHeaderLink>
            </EuiHeaderLinks>
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
      ) : null}
    </EuiHeader>
  );
}
