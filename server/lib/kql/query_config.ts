// Options of the KQL → DSL translation (Kibana's KueryQueryOptions) and the context a nested group passes down.

export interface KqlQueryConfig {
  /** Time zone for date clauses (`time_zone`), e.g. "UTC", "Zulu", "Europe/Berlin"; "Browser" = local zone. */
  readonly dateFormatTZ?: string;
  /** When a boolean (false included), copied as `case_insensitive` into keyword `term` / `wildcard` clauses. */
  readonly caseInsensitive?: boolean;
  /** When a boolean, copied as `ignore_unmapped` into every `nested` query. */
  readonly nestedIgnoreUnmapped?: boolean;
  /** `and` goes to `bool.must` instead of `bool.filter` (scoring contexts). */
  readonly filtersInMustClause?: boolean;
}

/** Set inside `path: { … }`: field names are relative to the group's full path. */
export interface KqlContext {
  readonly nested?: { readonly path: string };
}

/** The `ignore_unmapped` part of a nested query, present only when the option is a boolean. */
export function ignoreUnmapped(config: KqlQueryConfig): { ignore_unmapped?: boolean } {
  return typeof config.nestedIgnoreUnmapped === 'boolean'
    ? { ignore_unmapped: config.nestedIgnoreUnmapped }
    : {};
}

/** The `case_insensitive` part of keyword clauses, present only when the option is a boolean. */
export function caseInsensitivity(config: KqlQueryConfig): { case_insensitive?: boolean } {
  return typeof config.caseInsensitive === 'boolean'
    ? { case_insensitive: config.caseInsensitive }
    : {};
}
