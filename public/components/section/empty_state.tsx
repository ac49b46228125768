// A section that loaded fine but has nothing to show yet, with what would change that.
import type { ReactNode } from 'react';
import { EuiEmptyPrompt } from '@elastic/eui';

export interface EmptyStateProps {
  title: string;
  body: ReactNode;
  iconType?: string;
  actions?: ReactNode;
}

export function EmptyState({ title, body, iconType = 'visBarVertical', actions }: EmptyStateProps) {
  return (
    <EuiEmptyPrompt
      iconType={iconType}
      color="subdued"
      titleSize="xs"
      title={<h3>{title}</h3>}
      body={typeof body === 'string' ? <p>{body}</p> : body}
      actions={actions}
      data-test-subj="sectionEmpty"
    />
  );
}
