// Unit tests of how the standalone host's client recognises an 8.x refusal of its 9.x media types and what it sends
// instead (the end-to-end proof against Elasticsearch 8.19 is test/integration/direct_elasticsearch.test.ts).
import { acceptedCompatibleVersion, compatibleHeaders } from './compatible_media_transport';

const refusal = (body: unknown, statusCode = 400) => ({ meta: { statusCode, body } });
const ES8_BODY = {
  error: {
    type: 'media_type_header_exception',
    reason: 'Invalid media-type value on headers [Accept, Content-Type]',
    caused_by: {
      type: 'status_exception',
      reason: 'Accept version must be either version 8 or 7, but found 9. Accept=application/json',
    },
  },
  status: 400,
};

describe('acceptedCompatibleVersion', () => {
  it('reads the highest version an 8.x cluster accepts from its refusal', () => {
    expect(acceptedCompatibleVersion(refusal(ES8_BODY))).toBe(8);
    expect(acceptedCompatibleVersion(refusal(JSON.stringify(ES8_BODY)))).toBe(8);
  });

  it('ignores every other error', () => {
    expect(acceptedCompatibleVersion(refusal(ES8_BODY, 403))).toBeUndefined();
    expect(acceptedCompatibleVersion(refusal({ error: { type: 'parsing_exception' } }))).toBe(
      undefined,
    );
    expect(acceptedCompatibleVersion(new Error('socket hang up'))).toBeUndefined();
  });
});

describe('compatibleHeaders', () => {
  it('sends the learnt version for JSON, NDJSON and bodiless requests', () => {
    const json = 'application/vnd.elasticsearch+json; compatible-with=8';
    expect(compatibleHeaders({ method: 'POST', path: '/_count', body: { query: {} } }, 8)).toEqual({
      accept: json,
      'content-type': json,
    });
    expect(compatibleHeaders({ method: 'POST', path: '/_bulk', bulkBody: [] }, 8)).toEqual({
      accept: json,
      'content-type': 'application/vnd.elasticsearch+x-ndjson; compatible-with=8',
    });
    expect(compatibleHeaders({ method: 'GET', path: '/' }, 8).accept).toBe(`${json},text/plain`);
  });
});
