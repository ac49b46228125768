import { sameValue } from './drift';

describe('sameValue', () => {
  it('ignores what Kibana adds: ecs flags and empty defaults inside objects', () => {
    expect(
      sameValue([{ name: 'a', type: 'keyword', ecs: true }], [{ name: 'a', type: 'keyword' }]),
    ).toBe(true);
    expect(
      sameValue(
        [{ id: 'T1', name: 'x', reference: 'r', subtechnique: [] }],
        [{ id: 'T1', name: 'x', reference: 'r' }],
      ),
    ).toBe(true);
    expect(sameValue(undefined, [])).toBe(true);
  });

  it('sees real edits: values, order, added entries, non-empty extra keys', () => {
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
    expect(sameValue({ field_names: ['x'] }, { field_names: ['y'] })).toBe(false);
    expect(sameValue([{ id: 'T1', subtechnique: [{ id: 'T1.1' }] }], [{ id: 'T1' }])).toBe(false);
    expect(sameValue(21, 47)).toBe(false);
    expect(sameValue('now-10d', 'now-10d')).toBe(true);
  });
});
