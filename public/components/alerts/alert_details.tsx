// Every investigation field of one alert, shown when its row is expanded.
import { EuiDescriptionList } from '@elastic/eui';
import { CodeText } from '../common/code_text';
import type { AlertSummary } from '../../../common/api';
import { FieldValue } from './field_value';

export function AlertDetails({ alert, fields }: { alert: AlertSummary; fields: string[] }) {
  const items = [
    ...(alert.reason ? [{ title: 'Reason', description: alert.reason }] : []),
    ...fields.map((field) => ({
      title: <CodeText plain>{field}</CodeText>,
      description: <FieldValue value={alert.fields[field]} />,
    })),
  ];
  return (
    <EuiDescriptionList
      type="responsiveColumn"
      compressed
      listItems={items}
      data-test-subj="alertDetails"
    />
  );
}
