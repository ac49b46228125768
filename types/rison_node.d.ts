// rison-node ships no types: the decoder the tests use to read the URL state the panel builds.
declare module 'rison-node' {
  export function decode(text: string): unknown;
  export function encode(value: unknown): string;
}
