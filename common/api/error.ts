// The one error body every route answers with (Kibana core's shape), plus optional structured details.
import * as t from 'io-ts';
import { FieldChange } from './field_change';

export const ApiErrorBody = t.intersection([
  t.type({ statusCode: t.number, error: t.string, message: t.string }),
  t.partial({
    attributes: t.partial({
      /** On 409 from deploy: the managed fields a user changed in Kibana. */
      drift: t.array(FieldChange),
      /** On 400: where decoding failed, e.g. `body.enabled`. */
      path: t.string,
    }),
  }),
]);
export type ApiErrorBody = t.TypeOf<typeof ApiErrorBody>;
