// Inline code (field names, patterns, messages) in EUI's code font, without EuiCode: EuiCode carries a syntax
// highlighter (hundreds of KB) that the standalone page should only load with the investigation guide.
import type { ReactNode } from 'react';
import { useEuiTheme } from '@elastic/eui';

export function CodeText({ children, plain = false }: { children: ReactNode; plain?: boolean }) {
  const { euiTheme } = useEuiTheme();
  return (
    <code
      style={{
        fontFamily: euiTheme.font.familyCode,
        fontSize: '0.9em',
        padding: plain ? 0 : '0.1em 0.3em',
        borderRadius: euiTheme.border.radius.small,
        background: plain ? 'transparent' : euiTheme.colors.backgroundBaseSubdued,
        color: euiTheme.colors.textParagraph,
        overflowWrap: 'anywhere',
      }}
    >
      {children}
    </code>
  );
}
