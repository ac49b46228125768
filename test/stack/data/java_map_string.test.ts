// Java HashMap ordering and Map.toString() rendering, checked against the upstream pipeline fixtures.

import { javaHashMapCapacity, javaHashMapOrder, javaStringHash } from './java_hash_map_order';
import { javaMapToString, pruneEmpty } from './java_map_string';
import { loadFixturePairs } from './fixture_pairs';

describe('javaStringHash', () => {
  it('matches java.lang.String#hashCode, including 32-bit overflow', () => {
    expect(javaStringHash('')).toBe(0);
    expect(javaStringHash('a')).toBe(97);
    expect(javaStringHash('name')).toBe(3373707);
    expect(javaStringHash('hello')).toBe(99162322);
    expect(javaStringHash('Hello World')).toBe(-862545276);
    expect(javaStringHash('polygenelubricants')).toBe(-2147483648);
  });
});

describe('javaHashMapOrder', () => {
  it('grows the table past 12, 24, 48 keys (load factor 0.75)', () => {
    expect(javaHashMapCapacity(12)).toBe(16);
    expect(javaHashMapCapacity(13)).toBe(32);
    expect(javaHashMapCapacity(25)).toBe(64);
    expect(javaHashMapCapacity(49)).toBe(128);
  });

  it('orders by bucket, not by insertion', () => {
    // "b"=98 → bucket 2, "a"=97 → bucket 1, "q"=113 → bucket 1 (113 & 15), inserted after "a".
    expect(javaHashMapOrder(['b', 'a', 'q'])).toEqual(['a', 'q', 'b']);
  });
});

describe('pruneEmpty', () => {
  it('drops null, "", and maps or lists that end up empty, recursively', () => {
    expect(pruneEmpty({ a: null, b: '', c: {}, d: [], e: { f: [''] }, g: 0, h: false })).toEqual({
      g: 0,
      h: false,
    });
    expect(pruneEmpty({ a: null })).toBeUndefined();
  });
});

describe('javaMapToString', () => {
  it('renders nested maps and lists like AbstractMap/AbstractCollection.toString', () => {
    expect(
      javaMapToString({
        name: 'AWS-GatherSoftwareInventory',
        targets: [{ key: 'InstanceIds', values: ['*'] }],
      }),
    ).toBe('{name=AWS-GatherSoftwareInventory, targets=[{values=[*], key=InstanceIds}]}');
  });

  it('leaves the field out when the object is null or prunes to nothing', () => {
    expect(javaMapToString(null)).toBeUndefined();
    expect(javaMapToString({ a: '', b: {} })).toBeUndefined();
  });

  it.each(loadFixturePairs().map((p) => [p.name, p] as const))(
    'reproduces the pipeline strings of %s byte for byte',
    (_name, pair) => {
      const expected = (pair.expected.aws as { cloudtrail?: Record<string, unknown> } | undefined)
        ?.cloudtrail;
      expect(javaMapToString(pair.record.requestParameters)).toBe(expected?.request_parameters);
      expect(javaMapToString(pair.record.responseElements)).toBe(expected?.response_elements);
      expect(javaMapToString(pair.record.additionalEventData)).toBe(expected?.additional_eventdata);
    },
  );
});
