// Field-by-field differences between the deployed rule and the bundled definition.
import { EuiBasicTable, EuiTextColor } from '@elastic/eui';
import { CodeText } from '../common/code_text';
import { CodeValueBlock } from '../common/code_value_block';
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

function ValueCell({ value, field, side }: { value: unknown; field: string; side: string }) {
  if (value === undefined) return <EuiTextColor color="subdued">(not set)</EuiTextColor>;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  if (text.length <= INLINE_LIMIT && !text.includes('\n')) return <CodeText>{text}</CodeText>;
  return <CodeValueBlock text={text} label={`${field}: ${side}`} />;
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
      render: (field: string) => <CodeText>{field}</CodeText>,
    },
    {
      field: 'deployed',
      name: deployedLabel,
      render: (_: unknown, item) => (
        <ValueCell value={item.deployed} field={item.field} side={deployedLabel} />
      ),
    },
    {
      field: 'bundled',
      name: bundledLabel,
      render: (_: unknown, item) => (
        <ValueCell value={item.bundled} field={item.field} side={bundledLabel} />
      ),
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
