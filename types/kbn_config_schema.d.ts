// Type-only mirror of the part of @kbn/config-schema this plugin uses (Kibana provides it at runtime).
export interface Type<V> {
  readonly type: V;
  validate(value: unknown): V;
}

export type TypeOf<T extends Type<unknown>> = T['type'];

type Props = Record<string, Type<unknown>>;
type ObjectResult<P extends Props> = { [K in keyof P]: TypeOf<P[K]> };

export declare const schema: {
  object<P extends Props>(
    props: P,
    options?: { defaultValue?: Partial<ObjectResult<P>> },
  ): Type<ObjectResult<P>>;
  maybe<V>(type: Type<V>): Type<V | undefined>;
  string(options?: { defaultValue?: string; minLength?: number }): Type<string>;
  number(options?: { defaultValue?: number; min?: number; max?: number }): Type<number>;
  boolean(options?: { defaultValue?: boolean }): Type<boolean>;
  uri(options?: { scheme?: string[]; defaultValue?: string }): Type<string>;
  literal<V extends string | number | boolean>(value: V): Type<V>;
  oneOf<A, B>(types: [Type<A>, Type<B>], options?: { defaultValue?: A | B }): Type<A | B>;
  oneOf<A, B, C>(
    types: [Type<A>, Type<B>, Type<C>],
    options?: { defaultValue?: A | B | C },
  ): Type<A | B | C>;
  arrayOf<V>(type: Type<V>, options?: { defaultValue?: V[]; minSize?: number }): Type<V[]>;
};
