// pythonJsonDumps against outputs of CPython 3.11's json.dumps(value, sort_keys=True).
import { pythonJsonDumps } from './python_json';

describe('pythonJsonDumps', () => {
  it('sorts keys, uses Python separators and escapes non-ASCII like ensure_ascii', () => {
    const value = {
      b: [1, 2.5, 1e-5, -0.0001, 123456789.125],
      a: 'é – 😀 \x7f \x01 "q" \\ \n\t',
      c: null,
      d: true,
      e: {},
      f: [],
    };
    expect(pythonJsonDumps(value)).toBe(
      '{"a": "\\u00e9 \\u2013 \\ud83d\\ude00 \\u007f \\u0001 \\"q\\" \\\\ \\n\\t", ' +
        '"b": [1, 2.5, 1e-05, -0.0001, 123456789.125], "c": null, "d": true, "e": {}, "f": []}',
    );
  });

  it('sorts nested objects too', () => {
    expect(pythonJsonDumps({ z: 1, a: { y: [], b: 'x' } })).toBe(
      '{"a": {"b": "x", "y": []}, "z": 1}',
    );
  });

  it('leaves out undefined members, as JSON has no such value', () => {
    expect(pythonJsonDumps({ a: undefined, b: 1 })).toBe('{"b": 1}');
  });
});
