// The whitespace cleanup against CPython's " ".join(l.strip() for l in s.strip().splitlines()).
import { collapseWhitespace } from './python_text';

describe('collapseWhitespace', () => {
  it('strips the whole text, then every line, and joins lines with one space', () => {
    expect(collapseWhitespace('\n  a  \n\n  b\u2028c \x0b d\x85e  \n')).toBe('a  b c d e');
  });

  it('drops leading indentation and a trailing blank line', () => {
    expect(collapseWhitespace('    first line.\n    second line.\n    ')).toBe(
      'first line. second line.',
    );
  });

  it('keeps a one-line string as it is, inner spacing included', () => {
    expect(collapseWhitespace('Domain: Cloud')).toBe('Domain: Cloud');
    expect(collapseWhitespace('a  b')).toBe('a  b');
    expect(collapseWhitespace('  \n ')).toBe('');
  });
});
