// Maps the Elastic client's versioned vendor media types to the plain ones OpenSearch accepts (it answers 406 to
// `application/vnd.elasticsearch+json; compatible-with=N`).

/** Plain media types the client is told to send instead of its vendor ones. */
export const PLAIN_MEDIA_TYPES = {
  jsonContentType: 'application/json',
  ndjsonContentType: 'application/x-ndjson',
  accept: 'application/json, text/plain',
} as const;

const VENDOR_TYPE =
  /application\/vnd\.elasticsearch\+(json|x-ndjson)(\s*;\s*compatible-with\s*=\s*\d+)?/gi;

/** Rewrites every vendor media type in a Content-Type or Accept header value; other values pass unchanged. */
export function toPlainMediaType(headerValue: string): string {
  return headerValue.replace(
    VENDOR_TYPE,
    (_match, subtype: string) => `application/${subtype.toLowerCase()}`,
  );
}
