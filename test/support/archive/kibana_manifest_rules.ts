// The checks Kibana's plugin discovery applies to an installed plugin's kibana.json before loading it
// (core's plugin manifest parser): required id/version/owner, camelCase id, known keys only, a server or ui
// part, and a kibanaVersion equal to the running Kibana's version.

/** Every key the parser knows; any other key makes Kibana reject the plugin. */
export const KIBANA_MANIFEST_FIELDS: readonly string[] = [
  'id',
  'kibanaVersion',
  'type',
  'version',
  'configPath',
  'requiredPlugins',
  'optionalPlugins',
  'ui',
  'server',
  'extraPublicDirs',
  'requiredBundles',
  'serviceFolders',
  'owner',
  'description',
  'enableForAnonymousPages',
];

function isCamelCase(id: string): boolean {
  return /^[a-z][a-zA-Z0-9]*$/.test(id);
}

/** The major.minor.patch part, as semver's coerce reads it. */
function coerce(version: string): string | undefined {
  return /(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1, 4).join('.');
}

/** Problems Kibana would report for this manifest, in its words; empty when it would load the plugin. */
export function kibanaManifestProblems(manifest: unknown, kibanaVersion: string): string[] {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    return ['Plugin manifest must contain a JSON encoded object.'];
  }
  const m = manifest as Record<string, unknown>;
  if (typeof m.id !== 'string' || m.id === '')
    return ['Plugin manifest must contain an "id" property.'];
  const id = m.id;
  const problems: string[] = [];
  if (id.includes('.')) problems.push('Plugin "id" must not include `.` characters.');
  if (!isCamelCase(id)) problems.push(`Plugin "id" must be camelCase, but found: ${id}.`);
  if (typeof m.version !== 'string' || m.version === '') {
    problems.push(`Plugin manifest for "${id}" must contain a "version" property.`);
  }
  const owner = m.owner as { name?: unknown } | undefined;
  if (
    typeof owner !== 'object' ||
    owner === null ||
    typeof owner.name !== 'string' ||
    !owner.name
  ) {
    problems.push(
      `Plugin manifest for "${id}" must contain an "owner" property, which includes a nested "name" property.`,
    );
  }
  const configPath = m.configPath;
  if (
    configPath !== undefined &&
    typeof configPath !== 'string' &&
    !(Array.isArray(configPath) && configPath.every((part) => typeof part === 'string'))
  ) {
    problems.push(
      `The "configPath" in plugin manifest for "${id}" should either be a string or an array of strings.`,
    );
  }
  const expected =
    typeof m.kibanaVersion === 'string' && m.kibanaVersion ? m.kibanaVersion : String(m.version);
  if (
    expected !== 'kibana' &&
    (coerce(expected) === undefined || coerce(expected) !== coerce(kibanaVersion))
  ) {
    problems.push(
      `Plugin "${id}" is only compatible with Kibana version "${expected}", but used Kibana version is "${kibanaVersion}".`,
    );
  }
  if (m.server !== true && m.ui !== true) {
    problems.push(
      `Both "server" and "ui" are missing or set to "false" in plugin manifest for "${id}", but at least one of these must be set to "true".`,
    );
  }
  const unknown = Object.keys(m).filter((key) => !KIBANA_MANIFEST_FIELDS.includes(key));
  if (unknown.length > 0) {
    problems.push(
      `Manifest for plugin "${id}" contains the following unrecognized properties: ${unknown.join(',')}.`,
    );
  }
  return problems;
}
