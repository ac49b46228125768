// The non-standard string formats Kibana's OpenAPI files use, registered so strict Ajv accepts them.
import type Ajv from 'ajv';
import addFormats from 'ajv-formats';
import dateMath from '@elastic/datemath';
import moment from 'moment';

// Kibana checks date-math with its own parser; moment's fallback warning for free text is noise here.
moment.suppressDeprecationWarnings = true;

/** Kibana's `isValidDateMath`: the datemath parser returns a valid moment. */
export function isDateMath(value: string): boolean {
  const parsed = dateMath.parse(value);
  return parsed !== undefined && parsed.isValid();
}

export function addKibanaFormats(ajv: Ajv): Ajv {
  addFormats(ajv);
  // NonEmptyString in Kibana: at least one character that is not whitespace.
  ajv.addFormat('nonempty', { type: 'string', validate: (s: string) => s.trim().length > 0 });
  ajv.addFormat('date-math', { type: 'string', validate: isDateMath });
  // Multipart upload and Elasticsearch date strings are checked by the server, not by the schema.
  ajv.addFormat('binary', true);
  ajv.addFormat('strict_date_optional_time', true);
  return ajv;
}
