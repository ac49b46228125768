// The field list, from field_caps (read as Kibana's data views read it) and from the compact spec; the field names
// a query uses.

import { fieldsFromFieldCaps, fieldsFromSpec, kibanaFieldType, queryFieldNames } from './fields';
import { parseKql } from './parser';
import { toElasticsearchQuery } from './translate';

const caps = (type: string) => ({
  [type]: { type, searchable: true, aggregatable: type !== 'text' },
});

describe('fieldsFromFieldCaps', () => {
  const fields = fieldsFromFieldCaps({
    fields: {
      'event.action': caps('keyword'),
      'event.ingested': caps('date'),
      'data_stream.dataset': caps('constant_keyword'),
      'user.name': { ...caps('keyword'), ...caps('text') },
      'user.name.text': caps('match_only_text'),
      bytes: { ...caps('long'), ...caps('integer') },
      mixed: { ...caps('date'), ...caps('keyword') },
      user: caps('object'),
      event: caps('object'),
      items: caps('nested'),
      'items.sku': caps('keyword'),
      'items.parts': caps('nested'),
      'items.parts.id': caps('keyword'),
    },
  });
  const byName = new Map(fields.map((f) => [f.name, f]));

  it('keeps response order and drops object and nested entries', () => {
    expect(fields.map((f) => f.name)).toEqual([
      'event.action',
      'event.ingested',
      'data_stream.dataset',
      'user.name',
      'user.name.text',
      'bytes',
      'mixed',
      'items.sku',
      'items.parts.id',
    ]);
  });

  it('types fields as Kibana does, conflicts included', () => {
    expect(byName.get('event.action')).toStrictEqual({
      name: 'event.action',
      type: 'string',
      esTypes: ['keyword'],
    });
    expect(byName.get('event.ingested')?.type).toBe('date');
    expect(byName.get('user.name')).toStrictEqual({
      name: 'user.name',
      type: 'string',
      esTypes: ['keyword', 'text'],
    });
    expect(byName.get('bytes')?.type).toBe('number');
    expect(byName.get('mixed')?.type).toBe('conflict');
  });

  it('gives children the nearest nested parent as their path', () => {
    expect(byName.get('items.sku')?.nestedPath).toBe('items');
    expect(byName.get('items.parts.id')?.nestedPath).toBe('items.parts');
    expect(byName.get('user.name.text')?.nestedPath).toBeUndefined();
  });

  it('counts a field as keyword only when its esTypes is exactly keyword', () => {
    const dsl = (kql: string) => JSON.stringify(toElasticsearchQuery(parseKql(kql), fields));
    expect(dsl('event.action: x')).toContain('"term"');
    expect(dsl('user.name: x')).toContain('"match"');
    expect(dsl('data_stream.dataset: "aws.cloudtrail"')).toContain('"match_phrase"');
    expect(dsl('mixed: 2024')).toContain('"match"');
    expect(dsl('event.ingested: 2024')).toContain('"range"');
  });
});

describe('fieldsFromSpec', () => {
  it('maps the compact type names', () => {
    expect(
      fieldsFromSpec({
        k: 'keyword',
        t: 'text',
        c: 'constant_keyword',
        d: 'date',
        n: 'number',
        b: 'boolean',
        ip: 'ip',
        'o.x': { type: 'keyword', nested: 'o' },
      }),
    ).toStrictEqual([
      { name: 'k', type: 'string', esTypes: ['keyword'] },
      { name: 't', type: 'string' },
      { name: 'c', type: 'string', esTypes: ['constant_keyword'] },
      { name: 'd', type: 'date', esTypes: ['date'] },
      { name: 'n', type: 'number' },
      { name: 'b', type: 'boolean', esTypes: ['boolean'] },
      { name: 'ip', type: 'ip', esTypes: ['ip'] },
      { name: 'o.x', type: 'string', esTypes: ['keyword'], nestedPath: 'o' },
    ]);
    expect(kibanaFieldType('date_nanos')).toBe('date');
    expect(kibanaFieldType('flattened')).toBe('unknown');
  });
});

describe('queryFieldNames', () => {
  it('lists the fields a query uses, nested paths included', () => {
    expect(
      queryFieldNames(
        parseKql('a: 1 and (b > 2 or not a: 3) and items:{ sku: x } and free text and *: y'),
      ),
    ).toEqual(['a', 'b', 'items.sku']);
    expect(queryFieldNames(parseKql('event.*: x'))).toEqual(['event.*']);
  });
});
