// Where each copied Kibana OpenAPI file lived in elastic/kibana, so relative `$ref`s resolve as they do upstream.
// Mirrors the source table in test/fixtures/kibana-openapi/README.md.

const DE = 'x-pack/solutions/security/plugins/security_solution/common/api/detection_engine';
const API = 'x-pack/solutions/security/plugins/security_solution/common/api';
const LEGACY_DE = 'x-pack/plugins/security_solution/common/api/detection_engine';
const LEGACY_API = 'x-pack/plugins/security_solution/common/api';
/** The Actions plugin's hand-written OpenAPI sources (8.x); newer Kibana generates this route's spec from code. */
const LEGACY_ACT = 'x-pack/plugins/actions/docs/openapi';
const EXC = 'x-pack/solutions/security/packages/kbn-securitysolution-exceptions-common/api';
const LISTS = 'x-pack/solutions/security/packages/kbn-securitysolution-lists-common/api';
const OAC = 'src/platform/packages/shared/kbn-openapi-common/schemas';

/** Local file name → its directory in the Kibana repository (current layout unless noted). */
export const SOURCE_DIRECTORIES: Readonly<Record<string, string>> = {
  'create_rule_route.schema.yaml': `${DE}/rule_management/crud/create_rule`,
  'read_rule_route.schema.yaml': `${DE}/rule_management/crud/read_rule`,
  'update_rule_route.schema.yaml': `${DE}/rule_management/crud/update_rule`,
  'patch_rule_route.schema.yaml': `${DE}/rule_management/crud/patch_rule`,
  'delete_rule_route.schema.yaml': `${DE}/rule_management/crud/delete_rule`,
  'find_rules_route.schema.yaml': `${DE}/rule_management/find_rules`,
  'import_rules_route.schema.yaml': `${DE}/rule_management/import_rules`,
  'export_rules_route.schema.yaml': `${DE}/rule_management/export_rules`,
  'rule_schemas.schema.yaml': `${DE}/model/rule_schema`,
  'common_attributes.schema.yaml': `${DE}/model/rule_schema`,
  'new_terms_attributes.schema.yaml': `${DE}/model/rule_schema/specific_attributes`,
  'eql_attributes.schema.yaml': `${DE}/model/rule_schema/specific_attributes`,
  'ml_attributes.schema.yaml': `${DE}/model/rule_schema/specific_attributes`,
  'threshold_attributes.schema.yaml': `${DE}/model/rule_schema/specific_attributes`,
  'threat_match_attributes.schema.yaml': `${DE}/model/rule_schema/specific_attributes`,
  'response_actions.schema.yaml': `${DE}/model/rule_response_actions`,
  'error_schema.schema.yaml': `${DE}/model`,
  'warning_schema.schema.yaml': `${DE}/model`,
  'sorting.schema.yaml': `${DE}/model`,
  'pagination.schema.yaml': `${DE}/model`,
  'error_responses.schema.yaml': `${API}/model`,
  'alert.schema.yaml': `${API}/model`,
  'primitives.schema.yaml': `${API}/model`,
  'execution_summary.schema.yaml': `${DE}/rule_monitoring/model`,
  'execution_metrics.schema.yaml': `${DE}/rule_monitoring/model`,
  'execution_result.schema.yaml': `${DE}/rule_monitoring/model`,
  'execution_event.schema.yaml': `${DE}/rule_monitoring/model`,
  'execution_status.schema.yaml': `${DE}/rule_monitoring/model`,
  'execution_run_type.schema.yaml': `${DE}/rule_monitoring/model`,
  'unified_execution_result.schema.yaml': `${DE}/rule_monitoring/model`,
  'read_rule_execution_results_route.schema.yaml': `${DE}/rule_monitoring/rule_execution_logs/get_rule_execution_results`,
  // The legacy 8.x route keeps its pre-relocation directory: its `$ref`s resolve against it.
  'get_rule_execution_results_route.schema.yaml': `${LEGACY_DE}/rule_monitoring/rule_execution_logs/get_rule_execution_results`,
  'get_rule_execution_events_route.schema.yaml': `${DE}/rule_monitoring/rule_execution_logs/get_rule_execution_events`,
  'query_signals_route.schema.yaml': `${DE}/signals/query_signals`,
  'set_signals_status_route.schema.yaml': `${DE}/signals/set_signal_status`,
  'rule_preview.schema.yaml': `${DE}/rule_preview`,
  'install_prebuilt_rules_and_timelines_route.schema.yaml': `${DE}/prebuilt_rules/install_prebuilt_rules_and_timelines`,
  'read_prebuilt_rules_and_timelines_status_route.schema.yaml': `${DE}/prebuilt_rules/read_prebuilt_rules_and_timelines_status`,
  'review_rule_installation_route.schema.yaml': `${DE}/prebuilt_rules/review_rule_installation`,
  'granular_rules_contract.schema.yaml': `${DE}/rule_management`,
  'api@actions@connectors.yaml': `${LEGACY_ACT}/paths`,
  'connector_types.yaml': `${LEGACY_ACT}/components/schemas`,
  'is_deprecated.yaml': `${LEGACY_ACT}/components/schemas`,
  'is_missing_secrets.yaml': `${LEGACY_ACT}/components/schemas`,
  'is_preconfigured.yaml': `${LEGACY_ACT}/components/schemas`,
  'is_system_action.yaml': `${LEGACY_ACT}/components/schemas`,
  'get_connectors_response.yaml': `${LEGACY_ACT}/components/examples`,
  '401.yaml': `${LEGACY_ACT}/components/responses`,
  // The Exceptions API.
  'create_rule_exceptions.schema.yaml': `${EXC}/create_rule_exceptions`,
  'find_exception_list_items.schema.yaml': `${EXC}/find_exception_list_items`,
  'delete_exception_list_item.schema.yaml': `${EXC}/delete_exception_list_item`,
  'exception_list_common.schema.yaml': `${EXC}/model`,
  'exception_list_item_entry.schema.yaml': `${EXC}/model`,
  'list_common.schema.yaml': `${LISTS}/model`,
  'schemas__primitives.schema.yaml': OAC,
  'schemas__error_responses.schema.yaml': OAC,
};

/** Local files saved under another name (`<parent>__<name>`: the base name collides with another copy). */
const ORIGINAL_NAMES: Readonly<Record<string, string>> = {
  'schemas__primitives.schema.yaml': 'primitives.schema.yaml',
  'schemas__error_responses.schema.yaml': 'error_responses.schema.yaml',
};

const originalName = (file: string): string => ORIGINAL_NAMES[file] ?? file;

/** The pre-relocation prefixes name the same Kibana files as their relocated twins. */
const RELOCATIONS: ReadonlyArray<readonly [string, string]> = [
  [`${LEGACY_DE}/`, `${DE}/`],
  [`${LEGACY_API}/`, `${API}/`],
];

/** Repository path → local file name, for every copied file. */
const LOCAL_FILE_BY_PATH: ReadonlyMap<string, string> = new Map(
  Object.entries(SOURCE_DIRECTORIES).map(([file, dir]) => [
    canonicalPath(`${dir}/${originalName(file)}`),
    file,
  ]),
);

function canonicalPath(repoPath: string): string {
  for (const [legacy, current] of RELOCATIONS) {
    if (repoPath.startsWith(legacy)) return current + repoPath.slice(legacy.length);
  }
  return repoPath;
}

/** Scheme of the virtual URLs the files are addressed by while resolving `$ref`s. */
export const VIRTUAL_SCHEME = 'kibana-src:';

/** The virtual URL of a local file: its original repository path under `kibana-src:///`. */
export function virtualUrl(localFile: string): string {
  const dir = SOURCE_DIRECTORIES[localFile];
  if (dir === undefined) throw new Error(`no source path recorded for ${localFile}`);
  return `${VIRTUAL_SCHEME}///${dir}/${originalName(localFile)}`;
}

/** The local file a resolved virtual URL stands for; throws when the target was never copied. */
export function localFileFor(url: string): string {
  const withoutHash = url.split('#', 1)[0] ?? url;
  if (!withoutHash.startsWith(`${VIRTUAL_SCHEME}///`)) {
    throw new Error(`unexpected $ref target outside the Kibana sources: ${url}`);
  }
  const repoPath = canonicalPath(withoutHash.slice(`${VIRTUAL_SCHEME}///`.length));
  const file = LOCAL_FILE_BY_PATH.get(repoPath);
  if (file === undefined) throw new Error(`$ref target not among the copied files: ${repoPath}`);
  return file;
}
