// One alert field's value as text (arrays joined, objects as JSON), or a dash when absent.
import { EuiTextColor } from '@elastic/eui';

export function fieldValueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => fieldValueText(item) ?? '').join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function FieldValue({ value }: { value: unknown }) {
  const text = fieldValueText(value);
  if (text === null) return <EuiTextColor color="subdued">—</EuiTextColor>;
  return <span className="eui-textBreakWord">{text}</span>;
}
