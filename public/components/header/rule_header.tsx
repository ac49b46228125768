// The page header: rule name, its facts, the controls, links into Security, and the read-only notice.
import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiPageTemplate,
  EuiSkeletonTitle,
  EuiSpacer,
} from '@elastic/eui';
import { PLUGIN_NAME } from '../../../common/constants';
import type { StatusResponse } from '../../../common/api';
import type { ApiResource } from '../../hooks/use_api_resource';
import { ResourceView } from '../section/resource_view';
import { ReadOnlyCallout } from './read_only_callout';
import { RefreshButton } from './refresh_button';
import { RuleActions } from './rule_actions';
import { RuleFacts } from './rule_facts';
import { SecurityLink } from './security_link';

export interface RuleHeaderProps {
  status: ApiResource<StatusResponse>;
  onChanged(): void;
  /** Reloads every section of the panel. */
  onRefresh(): void;
  isRefreshing: boolean;
}

function SecurityLinks({ status }: { status: StatusResponse }) {
  if (status.deployed === null) return null;
  const ruleId = status.deployed.id;
  return (
    <EuiFlexGroup gutterSize="s" responsive={false}>
      <EuiFlexItem grow={false}>
        <SecurityLink asButton iconType="securityApp" target={{ page: 'rule', ruleId }}>
          Open in Security
        </SecurityLink>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

export function RuleHeader({ status, onChanged, onRefresh, isRefreshing }: RuleHeaderProps) {
  const data = status.data;
  const title = data ? (
    data.rule.name
  ) : status.isLoading ? (
    <EuiSkeletonTitle size="l" />
  ) : (
    PLUGIN_NAME
  );
  return (
    <EuiPageTemplate.Header
      pageTitle={title}
      iconType="logoSecurity"
      rightSideItems={[
        ...(data
          ? [
              <RuleActions key="actions" status={data} onChanged={onChanged} />,
              <SecurityLinks key="links" status={data} />,
            ]
          : []),
        <RefreshButton key="refresh" isRefreshing={isRefreshing} onRefresh={onRefresh} />,
      ]}
      bottomBorder
      data-test-subj="ruleHeader"
    >
      <ResourceView
        resource={status}
        what="the rule's status"
        privilegeHint='Reading the rule needs the "Read" privilege on Security rules (rules-read).'
      >
        {(loaded) => (
          <>
            <RuleFacts status={loaded} />
            {loaded.capabilities.canWrite ? null : (
              <>
                <EuiSpacer size="m" />
                <ReadOnlyCallout reason={loaded.capabilities.reason} />
              </>
            )}
          </>
        )}
      </ResourceView>
    </EuiPageTemplate.Header>
  );
}
