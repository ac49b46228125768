// Code-like text in EUI's code font, without EuiCode or EuiCodeBlock: they carry a syntax highlighter (hundreds of
// KB) that the standalone page should only load with the investigation guide. Inline code, server findings with
// backticked spans, and long values in a scrolling block.
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useEuiTheme } from '@elastic/eui';

/** Inline code: field names, patterns, messages. */
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

/**
 * Plain-language findings from the server mark field names, patterns and values with backticks, as in Markdown;
 * this shows those spans as code and everything else as text (never as HTML).
 */
export function BacktickText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  // One inline element, so a flex container (a table cell) keeps the sentence flowing as one line of text.
  return (
    <span>
      {parts.map((part, index) =>
        // split() with one capture group alternates: text, code, text, code, …
        index % 2 === 1 ? (
          <CodeText key={index}>{part}</CodeText>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </span>
  );
}

/** A long value (a query, a list) in a scrolling, keyboard-reachable code block. */
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
