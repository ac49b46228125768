// The page header: rule name, its facts, the controls, links into Security, Refresh, and the read-only notice.
import {
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPageTemplate,
  EuiSkeletonTitle,
  EuiSpacer,
} from '@elastic/eui';
import type { StatusResponse } from '../../../common/api';
import { PLUGIN_NAME } from '../../../common/constants';
import type { ApiResource } from '../../hooks/use_api_resource';
import { BacktickText } from '../code_text';
import { ResourceView } from '../section';
import { SecurityLink } from '../security_link';
import { RuleActions } from './rule_actions';
import { RuleFacts } from './rule_facts';

// Tells a read-only caller why deploy, upgrade and the enable switch are off.
function ReadOnlyCallout({ reason }: { reason: string | null }) {
  return (
    <EuiCallOut
      size="s"
      color="primary"
      iconType="lock"
      title="Read-only: you can view this rule but not change it"
      data-test-subj="readOnlyCallout"
    >
      <p>
        <BacktickText
          text={reason ?? 'Your role does not allow deploying or changing detection rules.'}
        />
      </p>
    </EuiCallOut>
  );
}

// Reloads every section at once, as Kibana's own Refresh does: the rule's runs and alerts change while the page is
// open.
interface RefreshButtonProps {
  isRefreshing: boolean;
  onRefresh(): void;
}

function RefreshButton({ isRefreshing, onRefresh }: RefreshButtonProps) {
  return (
    <EuiButtonEmpty
      size="s"
      iconType="refresh"
      isLoading={isRefreshing}
      // Busy, not disabled: keyboard focus stays on the button while the sections reload.
      hasAriaDisabled
      onClick={() => {
        if (!isRefreshing) onRefresh();
      }}
      data-test-subj="refreshButton"
    >
      Refresh
    </EuiButtonEmpty>
  );
}

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
