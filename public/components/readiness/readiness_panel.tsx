// Section "Data readiness": can the data in each index pattern feed the rule, and what to do if not.
import { EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { ReadinessResponse } from '../../../common/api';
import type { ApiResource } from '../../hooks/use_api_resource';
import { formatRelative } from '../../format/date_time';
import { EmptyState } from '../section/empty_state';
import { ResourceView } from '../section/resource_view';
import { SectionPanel } from '../section/section_panel';
import { CheckStatusBadge } from './check_status_badge';
import { CheckTable } from './check_table';
import { PatternReadinessView } from './pattern_readiness';

function ReadinessContent({ readiness }: { readiness: ReadinessResponse }) {
  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <CheckStatusBadge status={readiness.status} />
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiText size="s" color="subdued">
            <p>
              Checked {formatRelative(readiness.checkedAt)} over the rule&apos;s history window (
              {readiness.historyWindowStart}, {readiness.historyWindowDays} days), by{' '}
              <code>{readiness.timestampField}</code>.
            </p>
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
      {readiness.findings.length > 0 ? (
        <>
          <EuiSpacer size="m" />
          <CheckTable checks={readiness.findings} caption="Findings across all index patterns" />
        </>
      ) : null}
      {readiness.patterns.map((pattern) => (
        <div key={pattern.pattern}>
          <EuiSpacer size="m" />
          <PatternReadinessView
            pattern={pattern}
            windowDays={readiness.historyWindowDays}
            countLimit={readiness.countLimit}
          />
        </div>
      ))}
    </>
  );
}

export function ReadinessPanel({ readiness }: { readiness: ApiResource<ReadinessResponse> }) {
  return (
    <SectionPanel
      title="Data readiness"
      description="Whether the data in each index pattern of the rule can feed it."
      data-test-subj="readinessSection"
    >
      <ResourceView
        resource={readiness}
        what="data readiness"
        privilegeHint="Checking the data needs read and view_index_metadata on the rule's index patterns."
        empty={(data) =>
          data.patterns.length === 0 ? (
            <EmptyState
              iconType="indexClose"
              title="No index patterns"
              body="The rule defines no index patterns to check."
            />
          ) : null
        }
      >
        {(data) => <ReadinessContent readiness={data} />}
      </ResourceView>
    </SectionPanel>
  );
}
