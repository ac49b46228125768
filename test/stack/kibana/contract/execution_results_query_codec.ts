// Query of the released GET .../execution/results route. Its OpenAPI source
// (get_rule_execution_results_route.schema.yaml) declares the operation as `put` while Kibana serves it as
// GET, so the OpenAPI operation cannot be looked up by method; this io-ts codec mirrors its parameters.
import * as t from 'io-ts';

const isoDate = new t.Type<string, string, unknown>(
  'date-time',
  (input): input is string => typeof input === 'string' && !Number.isNaN(Date.parse(input)),
  (input, context) =>
    typeof input === 'string' && !Number.isNaN(Date.parse(input))
      ? t.success(input)
      : t.failure(input, context),
  (value) => value,
);

const STATUSES = ['going to run', 'running', 'partial failure', 'failed', 'succeeded'];

const commaList = (name: string, allowed: readonly string[]) =>
  new t.Type<string, string, unknown>(
    name,
    (input): input is string => typeof input === 'string',
    (input, context) =>
      typeof input === 'string' &&
      input
        .split(',')
        .filter(Boolean)
        .every((item) => allowed.includes(item))
        ? t.success(input)
        : t.failure(input, context),
    (value) => value,
  );

const integerString = new t.Type<string, string, unknown>(
  'integer',
  (input): input is string => typeof input === 'string',
  (input, context) =>
    typeof input === 'string' && /^\d+$/.test(input) ? t.success(input) : t.failure(input, context),
  (value) => value,
);

export const GetRuleExecutionResultsQuery = t.intersection([
  t.type({ start: isoDate, end: isoDate }),
  t.partial({
    query_text: t.string,
    status_filters: commaList('status_filters', STATUSES),
    run_type_filters: commaList('run_type_filters', ['standard', 'backfill']),
    sort_field: t.keyof({
      timestamp: null,
      duration_ms: null,
      gap_duration_s: null,
      indexing_duration_ms: null,
      search_duration_ms: null,
      schedule_delay_ms: null,
    }),
    sort_order: t.keyof({ asc: null, desc: null }),
    page: integerString,
    per_page: integerString,
  }),
]);
