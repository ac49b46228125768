// Exceptions of the deployed rule (its default exception list, through Kibana's Exceptions API): the entries
// as Kibana's exception items hold them, and the requests to list, add and remove them.
import * as t from 'io-ts';

const NonEmpty = new t.Type<string, string, unknown>(
  'a non-empty string',
  (u): u is string => typeof u === 'string' && u.trim().length > 0,
  (u, c) =>
    typeof u === 'string' && u.trim().length > 0
      ? t.success(u)
      : t.failure(u, c, 'must not be empty'),
  t.identity,
);

const Operator = t.keyof({ included: null, excluded: null });

/** One entry of an exception item, as Kibana's `ExceptionListItemEntry` (the list-backed kinds left out). */
export const ExceptionEntry = t.union([
  t.exact(
    t.type({ type: t.literal('match'), field: NonEmpty, operator: Operator, value: NonEmpty }),
  ),
  t.exact(
    t.type({
      type: t.literal('match_any'),
      field: NonEmpty,
      operator: Operator,
      value: t.array(NonEmpty),
    }),
  ),
  t.exact(
    t.type({ type: t.literal('wildcard'), field: NonEmpty, operator: Operator, value: NonEmpty }),
  ),
  t.exact(t.type({ type: t.literal('exists'), field: NonEmpty, operator: Operator })),
]);
export type ExceptionEntry = t.TypeOf<typeof ExceptionEntry>;

export const ExceptionItem = t.type({
  /** Kibana's id of the item (what removing it takes). */
  id: t.string,
  name: t.string,
  description: t.string,
  entries: t.array(ExceptionEntry),
  expireTime: t.union([t.string, t.null]),
  createdBy: t.union([t.string, t.null]),
  createdAt: t.union([t.string, t.null]),
  /** Whether this plugin added it (its tag); the panel offers removal only for those. */
  addedHere: t.boolean,
});
export type ExceptionItem = t.TypeOf<typeof ExceptionItem>;

export const ExceptionsResponse = t.type({
  /** False when the rule is not deployed in this space: there is nothing to attach exceptions to. */
  ruleDeployed: t.boolean,
  items: t.array(ExceptionItem),
});
export type ExceptionsResponse = t.TypeOf<typeof ExceptionsResponse>;

export const AddExceptionRequest = t.exact(
  t.intersection([
    t.type({
      entries: t.array(ExceptionEntry),
    }),
    t.partial({ name: NonEmpty, description: t.string }),
  ]),
);
export type AddExceptionRequest = t.TypeOf<typeof AddExceptionRequest>;

export const RemoveExceptionRequest = t.exact(t.type({ id: NonEmpty }));
export type RemoveExceptionRequest = t.TypeOf<typeof RemoveExceptionRequest>;
