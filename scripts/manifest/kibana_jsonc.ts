// Reads kibana.jsonc (Kibana's package manifest, JSON with comments) and checks its shape.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isLeft } from 'fp-ts/Either';
import * as t from 'io-ts';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

const stringArray = t.array(t.string);

export const KibanaJsonc = t.type({
  type: t.literal('plugin'),
  id: t.string,
  owner: t.union([t.string, stringArray]),
  group: t.keyof({ platform: null, observability: null, security: null, search: null, chat: null }),
  visibility: t.keyof({ private: null, shared: null }),
  plugin: t.intersection([
    t.type({ id: t.string, server: t.boolean, browser: t.boolean }),
    t.partial({
      configPath: stringArray,
      requiredPlugins: stringArray,
      optionalPlugins: stringArray,
      requiredBundles: stringArray,
    }),
  ]),
});
export type KibanaJsonc = t.TypeOf<typeof KibanaJsonc>;

export function parseKibanaJsonc(text: string, source = 'kibana.jsonc'): KibanaJsonc {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    throw new Error(`${source}: ${printParseErrorCode(first.error)} at offset ${first.offset}`);
  }
  const decoded = KibanaJsonc.decode(value);
  if (isLeft(decoded)) {
    const where = decoded.left.map((e) =>
      e.context
        .map((c) => c.key)
        .filter((k) => k !== '' && !/^\d+$/.test(k))
        .join('.'),
    );
    throw new Error(`${source}: invalid manifest at ${[...new Set(where)].join(', ')}`);
  }
  return decoded.right;
}

export function readKibanaJsonc(root: string): KibanaJsonc {
  const file = path.join(root, 'kibana.jsonc');
  return parseKibanaJsonc(readFileSync(file, 'utf8'), 'kibana.jsonc');
}
