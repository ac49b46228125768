// npm packages the plugin's server code takes from Kibana's own node_modules instead of shipping a copy.

export interface ProvidedPackage {
  name: string | RegExp;
  why: string;
}

export const KIBANA_SERVER_PACKAGES: readonly ProvidedPackage[] = [
  { name: /^@kbn\//, why: "Kibana's own packages, never published to npm" },
  {
    name: '@elastic/elasticsearch',
    // A second copy would break `instanceof errors.ResponseError` on errors thrown by Kibana's clients.
    why: 'the client Kibana hands to route handlers; its error classes must be the same ones',
  },
  { name: 'io-ts', why: 'a Kibana server dependency (and a shared browser dependency)' },
  { name: 'fp-ts', why: 'a Kibana server dependency (and a shared browser dependency)' },
];

export function providedByKibana(pkg: string): boolean {
  return KIBANA_SERVER_PACKAGES.some(({ name }) =>
    typeof name === 'string' ? name === pkg : name.test(pkg),
  );
}
