// Unit tests for moving field_caps `fields` from the body to the query string, in both compatibility variants.
import { moveFieldCapsFields } from './compat_transport';
import { rewriteFieldCaps } from './compat_proxy';
import { isFieldCapsPath, mergeFieldsParam, splitFieldsFromBody } from './field_caps_fields';

describe('isFieldCapsPath', () => {
  it.each(['/_field_caps', '/logs-*/_field_caps', '/a%2Cb/_field_caps?fields=x', '/_field_caps/'])(
    'accepts %s',
    (p) => {
      expect(isFieldCapsPath(p)).toBe(true);
    },
  );
  it.each(['/_search', '/logs/_field_caps_x', '/a/b/_field_caps', '/field_caps'])(
    'rejects %s',
    (p) => {
      expect(isFieldCapsPath(p)).toBe(false);
    },
  );
});

describe('fields parameter', () => {
  it('merges existing and moved patterns', () => {
    expect(mergeFieldsParam(undefined, ['a', 'b.*'])).toBe('a,b.*');
    expect(mergeFieldsParam('x', 'y')).toBe('x,y');
    expect(mergeFieldsParam('', [])).toBe('');
  });

  it('splits fields from the rest of the body', () => {
    expect(splitFieldsFromBody({ fields: ['a'], index_filter: { match_all: {} } })).toEqual({
      fields: ['a'],
      rest: { index_filter: { match_all: {} } },
    });
    expect(splitFieldsFromBody({ fields: '*' })).toEqual({ fields: '*', rest: undefined });
    expect(splitFieldsFromBody({ fields: 3 })).toEqual({ rest: { fields: 3 } });
  });
});

describe('moveFieldCapsFields (transport variant)', () => {
  it('moves fields to the query string and drops an emptied body', () => {
    const moved = moveFieldCapsFields({
      method: 'POST',
      path: '/logs-*/_field_caps',
      body: { fields: ['user.name', 'data_stream.*'] },
      querystring: { ignore_unavailable: true },
    });
    expect(moved).toMatchObject({
      method: 'GET',
      body: undefined,
      querystring: { ignore_unavailable: true, fields: 'user.name,data_stream.*' },
    });
  });

  it('keeps the rest of the body and method', () => {
    const moved = moveFieldCapsFields({
      method: 'POST',
      path: '/_field_caps',
      body: JSON.stringify({ fields: '*', index_filter: { term: { a: 1 } } }),
    });
    expect(moved).toMatchObject({
      method: 'POST',
      body: { index_filter: { term: { a: 1 } } },
      querystring: { fields: '*' },
    });
  });

  it('leaves other requests untouched', () => {
    const search = { method: 'POST', path: '/_search', body: { fields: ['a'] } };
    expect(moveFieldCapsFields(search)).toBe(search);
  });
});

describe('rewriteFieldCaps (proxy variant)', () => {
  it('moves fields into the URL and keeps an existing fields parameter', () => {
    const out = rewriteFieldCaps(
      '/logs/_field_caps?fields=a&ignore_unavailable=true',
      Buffer.from('{"fields":["b","c"]}'),
    );
    expect(out.body).toBeUndefined();
    const url = new URL(out.path, 'http://x');
    expect(url.pathname).toBe('/logs/_field_caps');
    expect(url.searchParams.get('fields')).toBe('a,b,c');
    expect(url.searchParams.get('ignore_unavailable')).toBe('true');
  });

  it('passes bodies it cannot read unchanged', () => {
    const body = Buffer.from('not json');
    expect(rewriteFieldCaps('/_field_caps', body)).toEqual({ path: '/_field_caps', body });
  });
});
