// io-ts mirror of Kibana's zod schema for POST /api/detection_engine/rules/_bulk_action
// (common/api/detection_engine/rule_management/bulk_actions/bulk_actions_route.gen.ts); the OpenAPI
// source of that route is not among the reference files. Zod strips unknown keys, so they pass here too.
import * as t from 'io-ts';

const NonEmptyIds = new t.Type<string[], string[], unknown>(
  'ids',
  (input): input is string[] => Array.isArray(input) && input.length > 0,
  (input, context) =>
    Array.isArray(input) && input.length > 0 && input.every((id) => typeof id === 'string')
      ? t.success(input as string[])
      : t.failure(input, context, 'ids: Array must contain at least 1 element(s)'),
  (ids) => ids,
);

const Base = t.partial({ query: t.string, ids: NonEmptyIds });

const simple = (action: string) => t.intersection([Base, t.type({ action: t.literal(action) })]);

export const PerformRulesBulkActionRequestBody = t.union([
  simple('enable'),
  simple('disable'),
  simple('delete'),
  simple('export'),
  t.intersection([
    Base,
    t.type({ action: t.literal('duplicate') }),
    t.partial({
      duplicate: t.type({ include_exceptions: t.boolean, include_expired_exceptions: t.boolean }),
    }),
  ]),
  t.intersection([
    Base,
    t.type({
      action: t.literal('run'),
      run: t.type({ start_date: t.string, end_date: t.string }),
    }),
  ]),
  t.intersection([
    Base,
    t.type({ action: t.literal('edit'), edit: t.array(t.type({ type: t.string })) }),
  ]),
]);

export const PerformRulesBulkActionRequestQuery = t.partial({
  dry_run: t.union([t.literal('true'), t.literal('false')]),
});
