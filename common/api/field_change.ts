// One field that differs between the bundled definition and the deployed rule.
import * as t from 'io-ts';

export const FieldChange = t.type({
  field: t.string,
  /** Value on the cluster now (undefined when the field is absent). */
  deployed: t.unknown,
  /** Value the bundled definition sets. */
  bundled: t.unknown,
});
export type FieldChange = t.TypeOf<typeof FieldChange>;
