// Plain-language findings from the server mark field names, patterns and values with backticks, as in
// Markdown; this shows those spans as code and everything else as text (never as HTML).
import { Fragment } from 'react';
import { CodeText } from './code_text';

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
