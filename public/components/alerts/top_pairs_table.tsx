// The account/user pairs (the rule's new-terms values) that raised the most alerts.
import { EuiBasicTable } from '@elastic/eui';
import { CodeText } from '../common/code_text';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { AlertsResponse } from '../../../common/api';
import { formatNumber } from '../../../common/format';

type Pair = AlertsResponse['topPairs'][number];

export function TopPairsTable({ pairs, fields }: { pairs: Pair[]; fields: string[] }) {
  const columns: Array<EuiBasicTableColumn<Pair>> = [
    ...fields.map((field, index): EuiBasicTableColumn<Pair> => ({
      name: <CodeText plain>{field}</CodeText>,
      render: (pair: Pair) => pair.values[index] ?? '—',
    })),
    {
      field: 'count',
      name: 'Alerts',
      align: 'right',
      width: '80px',
      render: (count: number) => formatNumber(count),
    },
  ];
  return (
    <EuiBasicTable
      tableCaption={`Top ${fields.join(' and ')} pairs by number of alerts`}
      items={pairs}
      columns={columns}
      compressed
      noItemsMessage="No alerts in this range."
      data-test-subj="topPairs"
    />
  );
}
