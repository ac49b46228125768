// OpenSearch reads field_caps `fields` only from the query string (400 otherwise), while the Elastic client sends
// them in the JSON body: these functions move them across.

/** Field values as the client may carry them: one pattern, a comma list, or an array. */
export type FieldsValue = string | readonly string[];

/** True for `/_field_caps` and `/<index>/_field_caps`, with or without a query string. */
export function isFieldCapsPath(path: string): boolean {
  const pathOnly = path.split('?', 1)[0] ?? '';
  return /^(\/[^/]+)?\/_field_caps\/?$/.test(pathOnly);
}

/** Joins patterns the way the query string expects them; an existing query value is kept first. */
export function mergeFieldsParam(existing: string | undefined, moved: FieldsValue): string {
  const movedList = typeof moved === 'string' ? [moved] : [...moved];
  const parts = [...(existing ? [existing] : []), ...movedList].filter((part) => part.length > 0);
  return parts.join(',');
}

export interface SplitBody {
  /** The `fields` value found in the body, if any. */
  fields?: FieldsValue;
  /** The body without `fields`; undefined when nothing else was left in it. */
  rest?: Record<string, unknown>;
}

/** Takes `fields` out of a parsed field_caps body; a body without a usable `fields` is returned as it was. */
export function splitFieldsFromBody(body: Record<string, unknown>): SplitBody {
  const { fields, ...rest } = body;
  if (!isFieldsValue(fields)) {
    return { rest: body };
  }
  return { fields, rest: Object.keys(rest).length > 0 ? rest : undefined };
}

function isFieldsValue(value: unknown): value is FieldsValue {
  return (
    typeof value === 'string' ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}
