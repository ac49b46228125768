// The Kibana release the installable archive targets by default (the README states the same version).
// `npm run build -- --kibana-version <x.y.z>` stamps another exact version.

export const DEFAULT_KIBANA_VERSION = '9.2.1';
