// Unit tests for the vendor-to-plain media type mapping.
import { toPlainMediaType } from './media_types';

describe('toPlainMediaType', () => {
  it('maps the versioned JSON and NDJSON vendor types to plain ones', () => {
    expect(toPlainMediaType('application/vnd.elasticsearch+json; compatible-with=9')).toBe(
      'application/json',
    );
    expect(toPlainMediaType('application/vnd.elasticsearch+x-ndjson; compatible-with=8')).toBe(
      'application/x-ndjson',
    );
    expect(toPlainMediaType('application/vnd.elasticsearch+json;compatible-with=9')).toBe(
      'application/json',
    );
  });

  it('rewrites each entry of an Accept list and keeps the others', () => {
    expect(
      toPlainMediaType('application/vnd.elasticsearch+json; compatible-with=9,text/plain'),
    ).toBe('application/json,text/plain');
  });

  it('leaves plain types alone', () => {
    expect(toPlainMediaType('application/json; charset=UTF-8')).toBe(
      'application/json; charset=UTF-8',
    );
    expect(toPlainMediaType('text/plain')).toBe('text/plain');
  });
});
