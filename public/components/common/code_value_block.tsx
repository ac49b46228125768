// A long value (a query, a list) in a scrolling, keyboard-reachable code block, without EUI's highlighter.
import { useEuiTheme } from '@elastic/eui';

export function CodeValueBlock({ text, label }: { text: string; label: string }) {
  const { euiTheme } = useEuiTheme();
  return (
    <pre
      // Scrollable regions must be reachable by keyboard; the label tells a screen reader what it holds.
      tabIndex={0}
      aria-label={label}
      style={{
        margin: 0,
        maxHeight: 140,
        overflow: 'auto',
        padding: euiTheme.size.s,
        borderRadius: euiTheme.border.radius.small,
        background: euiTheme.colors.backgroundBaseSubdued,
        fontFamily: euiTheme.font.familyCode,
        fontSize: '0.85em',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
      }}
    >
      {text}
    </pre>
  );
}
