// pythonJsonDumps (the version-lock hash's input) against outputs of CPython 3.11's json.dumps(value, sort_keys=True),
// and the rule_id of our custom copy: a UUIDv5 of Elastic's rule_id in our own namespace, never Elastic's id.
import {
  CUSTOM_RULE_NAMESPACE,
  CUSTOM_RULE_NAMESPACE_NAME,
  URL_NAMESPACE,
  customRuleId,
  pythonJsonDumps,
  uuidV5,
} from './identity';

const ELASTIC_RULE_ID = '1004ad5b-6900-4d28-ab5b-472f02e1fdfb';

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

describe('uuidV5', () => {
  it("equals Python's uuid.uuid5", () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});

describe('customRuleId', () => {
  it('uses the documented namespace', () => {
    expect(uuidV5(CUSTOM_RULE_NAMESPACE_NAME, URL_NAMESPACE)).toBe(CUSTOM_RULE_NAMESPACE);
  });

  it("derives a stable id that is not Elastic's", () => {
    // uuid.uuid5(uuid.UUID('fc4208e1-502c-5936-94ac-4969dbeb0685'), '1004ad5b-…') in Python.
    expect(customRuleId(ELASTIC_RULE_ID)).toBe('a38b4601-2591-5424-af4f-1d5f80229a75');
    expect(customRuleId(ELASTIC_RULE_ID.toUpperCase())).toBe(customRuleId(ELASTIC_RULE_ID));
    expect(customRuleId(ELASTIC_RULE_ID)).not.toBe(ELASTIC_RULE_ID);
  });

  it('gives different rules different ids', () => {
    expect(customRuleId('00000000-0000-0000-0000-000000000001')).not.toBe(
      customRuleId(ELASTIC_RULE_ID),
    );
  });
});
