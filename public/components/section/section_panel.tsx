// A titled, bordered region of the panel; the title labels the region for screen readers.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';

export interface SectionPanelProps {
  title: string;
  description?: ReactNode;
  /** Controls shown at the right of the title (e.g. a range picker). */
  actions?: ReactNode;
  'data-test-subj'?: string;
  children: ReactNode;
}

export function SectionPanel({
  title,
  description,
  actions,
  children,
  ...rest
}: SectionPanelProps) {
  const titleId = useId();
  return (
    <EuiPanel
      hasBorder
      paddingSize="l"
      role="region"
      aria-labelledby={titleId}
      data-test-subj={rest['data-test-subj']}
    >
      <EuiFlexGroup
        alignItems="center"
        justifyContent="spaceBetween"
        gutterSize="m"
        wrap
        responsive={false}
      >
        <EuiFlexItem grow={false}>
          <EuiTitle size="s">
            <h2 id={titleId}>{title}</h2>
          </EuiTitle>
        </EuiFlexItem>
        {actions ? <EuiFlexItem grow={false}>{actions}</EuiFlexItem> : null}
      </EuiFlexGroup>
      {description ? (
        <EuiText size="s" color="subdued">
          <p>{description}</p>
        </EuiText>
      ) : null}
      <EuiSpacer size="m" />
      {children}
    </EuiPanel>
  );
}
