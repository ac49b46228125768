// Unit tests for the bounded tail of process output.
import { LineTail } from './line_tail';

describe('LineTail', () => {
  it('keeps only the last lines, joining chunks split mid-line', () => {
    const tail = new LineTail(2);
    expect(tail.push('one\ntw')).toEqual(['one']);
    expect(tail.push('o\r\nthree\nfou')).toEqual(['two', 'three']);
    expect(tail.text()).toBe('two\nthree\nfou');
  });
});
