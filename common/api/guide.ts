// GET guide: the investigation guide (the deployed rule's note, which users may edit, else the bundled one).
import * as t from 'io-ts';

export const GuideResponse = t.type({
  source: t.keyof({ deployed: null, bundled: null }),
  ruleName: t.string,
  note: t.string,
  investigationFields: t.array(t.string),
  references: t.array(t.string),
});
export type GuideResponse = t.TypeOf<typeof GuideResponse>;
