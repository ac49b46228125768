// The rule's current exceptions; an admin may remove those this plugin added.
import { EuiCode, EuiListGroup, EuiText } from '@elastic/eui';
import type { ExceptionItem } from '../../../common/api';
import { exceptionEntryText } from '../../../common/format';

export interface ExceptionListProps {
  items: ExceptionItem[];
  canWrite: boolean;
  isSaving: boolean;
  onRemove(id: string): void;
}

export function ExceptionList({ items, canWrite, isSaving, onRemove }: ExceptionListProps) {
  if (items.length === 0) {
    return (
      <EuiText size="s" color="subdued" data-test-subj="ruleExceptionsEmpty">
        <p>The rule has no exceptions.</p>
      </EuiText>
    );
  }
  return (
    <EuiListGroup
      data-test-subj="ruleExceptions"
      listItems={items.map((item) => ({
        label: (
          <span>
            {item.name}: <EuiCode>{item.entries.map(exceptionEntryText).join(' and ')}</EuiCode>
          </span>
        ),
        extraAction:
          canWrite && item.addedHere
            ? {
                iconType: 'trash',
                'aria-label': `Remove exception ${item.name}`,
                alwaysShow: true,
                isDisabled: isSaving,
                onClick: () => onRemove(item.id),
              }
            : undefined,
      }))}
    />
  );
}
