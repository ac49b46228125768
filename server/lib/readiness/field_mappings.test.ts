import { mappingServesRoles, summarizeFieldCaps } from './field_mappings';

describe('field_caps summary', () => {
  const response = {
    indices: ['a-1', 'a-2', 'b-1'],
    fields: {
      'user.name': { keyword: { type: 'keyword', searchable: true, aggregatable: true } },
      'event.ingested': {
        date: { type: 'date', searchable: true, aggregatable: true, indices: ['a-1', 'a-2'] },
        unmapped: { type: 'unmapped', searchable: false, aggregatable: false, indices: ['b-1'] },
      },
      'data_stream.dataset': {
        unmapped: { type: 'unmapped', searchable: false, aggregatable: false },
      },
      'user.id': {
        keyword: { type: 'keyword', searchable: true, aggregatable: true, indices: ['a-1'] },
        text: {
          type: 'text',
          searchable: true,
          aggregatable: false,
          indices: ['a-2'],
          non_aggregatable_indices: ['a-2'],
        },
      },
    },
  };
  const summary = summarizeFieldCaps(response, [
    'user.name',
    'event.ingested',
    'data_stream.dataset',
    'user.id',
    'absent.field',
  ]);

  it('reads a field mapped everywhere', () => {
    expect(summary.get('user.name')).toEqual({
      field: 'user.name',
      types: ['keyword'],
      aggregatable: true,
      unmappedIndices: [],
    });
  });

  it('names the indices where a field is unmapped', () => {
    expect(summary.get('event.ingested')?.types).toEqual(['date']);
    expect(summary.get('event.ingested')?.unmappedIndices).toEqual(['b-1']);
  });

  it('treats a field unmapped everywhere (or not reported) as unmapped in every index', () => {
    expect(summary.get('data_stream.dataset')).toMatchObject({
      types: [],
      unmappedIndices: ['a-1', 'a-2', 'b-1'],
    });
    expect(summary.get('absent.field')).toMatchObject({ types: [], aggregatable: false });
  });

  it('is not aggregatable when any index maps it as text', () => {
    expect(summary.get('user.id')).toMatchObject({
      types: ['keyword', 'text'],
      aggregatable: false,
    });
  });

  it('judges mappings by role', () => {
    const date = summary.get('event.ingested');
    const keyword = summary.get('user.name');
    if (!date || !keyword) throw new Error('missing');
    expect(mappingServesRoles(date, ['timestamp_override'])).toBe(true);
    expect(mappingServesRoles(keyword, ['timestamp_override'])).toBe(false);
    expect(mappingServesRoles(keyword, ['new_terms', 'query'])).toBe(true);
    const text = summary.get('user.id');
    if (!text) throw new Error('missing');
    expect(mappingServesRoles(text, ['query'])).toBe(true);
    expect(mappingServesRoles(text, ['new_terms'])).toBe(false);
  });
});
