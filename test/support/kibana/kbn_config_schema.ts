// Test double of @kbn/config-schema: enough of its builders to load the plugin's config schema outside Kibana,
// with defaults and type checks, so tests can validate kibana.yml-style settings.
export interface Type<V> {
  readonly type: V;
  validate(value: unknown, path?: string): V;
}

function type<V>(check: (value: unknown, path: string) => V, defaultValue?: V): Type<V> {
  return {
    type: undefined as unknown as V,
    validate(value: unknown, path = 'value') {
      if (value === undefined && defaultValue !== undefined) return defaultValue;
      return check(value, path);
    },
  };
}

function fail(path: string, expected: string, value: unknown): never {
  throw new Error(
    `[${path}]: expected value of type [${expected}] but got [${JSON.stringify(value)}]`,
  );
}

export const schema = {
  object<P extends Record<string, Type<unknown>>>(props: P) {
    return type((value, path) => {
      const input = value === undefined ? {} : value;
      if (typeof input !== 'object' || input === null || Array.isArray(input))
        fail(path, 'object', value);
      const extra = Object.keys(input).filter((key) => !(key in props));
      if (extra.length > 0)
        throw new Error(`[${path}.${extra[0]}]: definition for this key is missing`);
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(props)) {
        const result = prop.validate((input as Record<string, unknown>)[key], `${path}.${key}`);
        if (result !== undefined) out[key] = result;
      }
      return out as { [K in keyof P]: P[K]['type'] };
    });
  },
  maybe<V>(inner: Type<V>) {
    return type<V | undefined>((value, path) =>
      value === undefined ? undefined : inner.validate(value, path),
    );
  },
  string(options: { defaultValue?: string } = {}) {
    return type(
      (value, path) => (typeof value === 'string' ? value : fail(path, 'string', value)),
      options.defaultValue,
    );
  },
  number(options: { defaultValue?: number; min?: number } = {}) {
    return type((value, path) => {
      if (typeof value !== 'number') fail(path, 'number', value);
      if (options.min !== undefined && value < options.min) {
        throw new Error(`[${path}]: Value must be equal to or greater than [${options.min}].`);
      }
      return value;
    }, options.defaultValue);
  },
  boolean(options: { defaultValue?: boolean } = {}) {
    return type(
      (value, path) => (typeof value === 'boolean' ? value : fail(path, 'boolean', value)),
      options.defaultValue,
    );
  },
  uri(options: { scheme?: string[] } = {}) {
    return type((value, path) => {
      if (typeof value !== 'string') fail(path, 'string', value);
      const url = new URL(value);
      if (options.scheme && !options.scheme.includes(url.protocol.replace(/:$/, ''))) {
        throw new Error(`[${path}]: expected URI with scheme [${options.scheme.join('|')}].`);
      }
      return value;
    });
  },
  literal<V extends string | number | boolean>(expected: V) {
    return type((value, path) =>
      value === expected ? expected : fail(path, JSON.stringify(expected), value),
    );
  },
  oneOf<V>(types: Type<V>[], options: { defaultValue?: V } = {}) {
    return type((value, path) => {
      for (const candidate of types) {
        try {
          return candidate.validate(value, path);
        } catch {
          // try the next alternative
        }
      }
      return fail(path, 'one of the alternatives', value);
    }, options.defaultValue);
  },
  arrayOf<V>(inner: Type<V>) {
    return type((value, path) => {
      if (!Array.isArray(value)) fail(path, 'array', value);
      return value.map((item, index) => inner.validate(item, `${path}.${index}`));
    });
  },
};

export type TypeOf<T extends Type<unknown>> = T['type'];
