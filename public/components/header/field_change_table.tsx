// Field-by-field differences between the deployed rule and the bundled definition.
import { EuiBasicTable, EuiCode, EuiCodeBlock, EuiTextColor } from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { FieldChange } from '../../../common/api';

export interface FieldChangeTableProps {
  changes: FieldChange[];
  caption: string;
  deployedLabel?: string;
  bundledLabel?: string;
}

/** Values longer than this get a scrolling code block instead of inline code. */
const INLINE_LIMIT = 60;

function ValueCell({ value }: { value: unknown }) {
  if (value === undefined) return <EuiTextColor color="subdued">(not set)</EuiTextColor>;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  if (text.length <= INLINE_LIMIT && !text.includes('\n')) return <EuiCode>{text}</EuiCode>;
  return (
    <EuiCodeBlock fontSize="s" paddingSize="s" overflowHeight={140} transparentBackground={false}>
      {text}
    </EuiCodeBlock>
  );
}

export function FieldChangeTable({
  changes,
  caption,
  deployedLabel = 'Deployed now',
  bundledLabel = 'Bundled definition',
}: FieldChangeTableProps) {
  const columns: Array<EuiBasicTableColumn<FieldChange>> = [
    {
      field: 'field',
      name: 'Field',
      width: '14em',
      render: (field: string) => <EuiCode>{field}</EuiCode>,
    },
    {
      field: 'deployed',
      name: deployedLabel,
      render: (_: unknown, item) => <ValueCell value={item.deployed} />,
    },
    {
      field: 'bundled',
      name: bundledLabel,
      render: (_: unknown, item) => <ValueCell value={item.bundled} />,
    },
  ];
  return (
    <EuiBasicTable
      tableCaption={caption}
      items={changes}
      itemId="field"
      columns={columns}
      tableLayout="fixed"
      noItemsMessage="No field changes."
      data-test-subj="fieldChangeTable"
    />
  );
}
