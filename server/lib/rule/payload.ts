// The Detection Engine create body of a rule, built as Elastic's build (detection-rules) writes it: strings cleaned
// up as Python does, setup cut out of the note, required_fields and related_integrations derived from the query and
// the bundled data tables.
import integrations from '../../../common/rules/integrations.json';
import versionLock from '../../../common/rules/version_lock.json';
import type { KqlNode, KqlTerm } from '../kql';
import { isKqlSyntaxError, parseKql } from '../kql';
import type { FreeTable, RuleDefinition, RuleProblem, RuleType } from './codec';
import { RuleValidationError } from './codec';
import type { FieldTables } from './field_types';
import { BUNDLED_FIELD_TABLES, resolveFieldType } from './field_types';
import type { RuleVersion, VersionLockEntry } from './identity';
import { ruleContentHash, ruleVersion } from './identity';
import { splitSetup } from './note_setup';
import { collapseWhitespace } from './python_text';

// The body, as Elastic's build writes it (the `attributes` of a prebuilt asset).

interface RequiredField {
  name: string;
  type: string;
  /** Part of Elastic's shipped body and of its hash; Kibana's create API ignores it and recomputes it. */
  ecs: boolean;
}

interface RelatedIntegration {
  package: string;
  integration?: string;
  version: string;
}

interface ThreatPayload {
  framework: string;
  tactic: { id: string; name: string; reference: string };
  technique: Array<{
    id: string;
    name: string;
    reference: string;
    subtechnique?: Array<{ id: string; name: string; reference: string }>;
  }>;
}

export interface RulePayload {
  rule_id: string;
  name: string;
  description: string;
  type: RuleType;
  risk_score: number;
  severity: 'low' | 'medium' | 'high' | 'critical';
  author: string[];
  version: number;
  related_integrations: RelatedIntegration[];
  required_fields: RequiredField[];
  from?: string;
  to?: string;
  interval?: string;
  index?: string[];
  data_view_id?: string;
  language?: 'kuery' | 'lucene' | 'eql' | 'esql';
  query?: string;
  new_terms_fields?: string[];
  history_window_start?: string;
  timestamp_override?: string;
  timestamp_override_fallback_disabled?: boolean;
  license?: string;
  note?: string;
  setup?: string;
  references?: string[];
  tags?: string[];
  false_positives?: string[];
  investigation_fields?: { field_names: string[] };
  threat?: ThreatPayload[];
  max_signals?: number;
  enabled?: boolean;
  building_block_type?: string;
  rule_name_override?: string;
  timeline_id?: string;
  timeline_title?: string;
  throttle?: string;
  meta?: FreeTable;
  alert_suppression?: FreeTable;
  actions?: FreeTable[];
  exceptions_list?: FreeTable[];
  filters?: FreeTable[];
  risk_score_mapping?: FreeTable[];
  severity_mapping?: FreeTable[];
}

// The build: RuleDefinition → body, hash and version. Plain strings are cleaned up, note/setup/query kept verbatim
// (a note's `## Setup` section becomes `setup`), new_terms flattened, threat techniques defaulted, version from the
// lock. No `enabled` unless the TOML sets it.

/** Markdown fields of detection-rules: kept verbatim (newlines and trailing spaces matter). */
const MARKDOWN_KEYS = new Set(['note', 'setup']);

/** detection-rules' nested_normalize: every string collapsed except `query` values and Markdown fields. */
function normalize(value: unknown, verbatim = false): unknown {
  if (typeof value === 'string') return verbatim ? value : collapseWhitespace(value);
  if (Array.isArray(value)) return value.map((v) => normalize(v));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'query' ? v : normalize(v, MARKDOWN_KEYS.has(k)),
      ]),
    );
  }
  return value;
}

interface BuiltRule {
  payload: RulePayload;
  /** Elastic's version-lock hash of the payload. */
  hash: string;
  version: RuleVersion;
}

/** Builds the body, its hash and its version. Throws RuleValidationError if a derived part cannot be computed. */
export function buildRule(
  definition: RuleDefinition,
  data: RuleData = BUNDLED_RULE_DATA,
): BuiltRule {
  const { new_terms: newTerms, ...fields } = definition.rule;
  const flat: Record<string, unknown> = { ...fields };
  if (newTerms) {
    flat[newTerms.field] = newTerms.value;
    const [window] = newTerms.history_window_start;
    if (window) flat[window.field] = window.value;
  }
  const body = normalize(flat) as Record<string, unknown>;
  const fromNote = splitSetup(definition.rule.note, definition.rule.setup);
  if (fromNote) Object.assign(body, fromNote);
  if (Array.isArray(body.threat)) {
    body.threat = body.threat.map((entry: Record<string, unknown>) => ({
      technique: [],
      ...entry,
    }));
  }

  const required = deriveRequiredFields(definition, data);
  const related = deriveRelatedIntegrations(definition, data);
  const problems = [...required.problems, ...related.problems];
  if (problems.length > 0) throw new RuleValidationError(problems);

  body.required_fields = required.value;
  const hash = ruleContentHash(body);
  const version = ruleVersion(definition.rule.rule_id, hash, data.versionLock);
  const payload = {
    ...body,
    related_integrations: related.value,
    version: version.version,
  } as unknown as RulePayload;
  return { payload, hash, version };
}

export function buildRulePayload(
  definition: RuleDefinition,
  data: RuleData = BUNDLED_RULE_DATA,
): RulePayload {
  return buildRule(definition, data).payload;
}

// The parts the build computes rather than copies: required_fields from the query's fields, related_integrations
// from [metadata] integration plus the datasets the query selects.

interface Derived<T> {
  value: T;
  problems: RuleProblem[];
}

/**
 * Fields named by a kuery query, each with its mapping type and ECS membership (field_types.ts); sorted by name.
 */
export function deriveRequiredFields(
  definition: RuleDefinition,
  data: RuleData,
): Derived<RequiredField[]> {
  const { rule } = definition;
  if (rule.query === undefined || (rule.language ?? 'kuery') !== 'kuery')
    return { value: [], problems: [] };
  let fields: string[];
  let datasets: string[];
  try {
    fields = kqlQueryFields(rule.query);
    datasets = kqlQueryDatasets(rule.query);
  } catch (error) {
    if (isKqlSyntaxError(error)) return { value: [], problems: [] }; // reported by the query check
    throw error;
  }
  // Like Elastic's build, only datasets of known integration packages select field definitions.
  const known = datasets.filter((d) => data.integrations[d.split('.')[0] ?? ''] !== undefined);
  const readsBeats = (rule.index ?? []).some((pattern) => pattern.includes('beat-*'));
  const problems: RuleProblem[] = [];
  const value = fields.map((name) => {
    const resolved = resolveFieldType(name, known, readsBeats, data.fields);
    if ('problem' in resolved) {
      problems.push({ path: 'rule.query', message: resolved.problem });
      return { name, type: 'unknown', ecs: false };
    }
    return { name, type: resolved.type, ecs: resolved.ecs };
  });
  return { value, problems };
}

export function deriveRelatedIntegrations(
  definition: RuleDefinition,
  data: RuleData,
): Derived<RelatedIntegration[]> {
  const declared = definition.metadata.integration;
  const packages =
    declared === undefined ? [] : typeof declared === 'string' ? [declared] : declared;
  const { query, language } = definition.rule;
  let datasets: string[] = [];
  if (query !== undefined && (language ?? 'kuery') === 'kuery') {
    try {
      datasets = kqlQueryDatasets(query);
    } catch (error) {
      if (!isKqlSyntaxError(error)) throw error;
    }
  }
  const problems: RuleProblem[] = [];
  const value = packages.flatMap((pkg): RelatedIntegration[] => {
    const known = data.integrations[pkg];
    if (!known) {
      problems.push({
        path: 'metadata.integration',
        message: `package "${pkg}" has no known version; add it to common/rules/integrations.json`,
      });
      return [];
    }
    const integrations = datasets
      .filter((d) => d.startsWith(`${pkg}.`))
      .map((d) => d.slice(pkg.length + 1));
    return integrations.length === 0
      ? [{ package: pkg, version: known.version }]
      : integrations.map((integration) => ({ package: pkg, integration, version: known.version }));
  });
  return { value, problems };
}

// What the query names: its fields and the datasets it selects. Parsing is the KQL package's; this only walks the
// tree.

/** A concrete field name: not "any field" (a bare value) and not a wildcard over field names. */
function fieldName(term: KqlTerm, prefix: string): string | null {
  return term.kind === 'literal' && typeof term.value === 'string' ? prefix + term.value : null;
}

function walk(
  node: KqlNode,
  prefix: string,
  visit: (field: string, value: KqlTerm | null) => void,
): void {
  switch (node.kind) {
    case 'is':
    case 'range': {
      const name = fieldName(node.field, prefix);
      if (name !== null) visit(name, node.kind === 'is' ? node.value : null);
      return;
    }
    case 'nested': {
      const path = fieldName(node.path, prefix);
      if (path !== null) walk(node.query, `${path}.`, visit);
      return;
    }
    case 'and':
    case 'or':
      for (const child of node.children) walk(child, prefix, visit);
      return;
    case 'not':
      walk(node.child, prefix, visit);
  }
}

/** Every field the query names, sorted (required_fields order). Throws KqlSyntaxError on a malformed query. */
export function kqlQueryFields(query: string): string[] {
  const fields = new Set<string>();
  walk(parseKql(query), '', (field) => fields.add(field));
  return [...fields].sort();
}

const DATASET_FIELDS = new Set(['data_stream.dataset', 'event.dataset']);

/** The datasets the query selects by exact value (`data_stream.dataset: "aws.cloudtrail"`), sorted. */
function kqlQueryDatasets(query: string): string[] {
  const datasets = new Set<string>();
  walk(parseKql(query), '', (field, value) => {
    if (DATASET_FIELDS.has(field) && value?.kind === 'literal' && typeof value.value === 'string') {
      datasets.add(value.value);
    }
  });
  return [...datasets].sort();
}

// The data a build needs besides the TOML: the version lock, field types and integration packages. The bundled
// tables live in common/rules/ next to the TOML files.

interface IntegrationPackage {
  /** Fleet package version range written into `related_integrations[].version`. */
  version: string;
}

export interface RuleData {
  /** Keyed by rule_id. */
  versionLock: Readonly<Record<string, VersionLockEntry>>;
  /** ECS and integration field definitions, for required_fields. */
  fields: FieldTables;
  /** Keyed by Fleet package name. */
  integrations: Readonly<Record<string, IntegrationPackage>>;
}

export const BUNDLED_RULE_DATA: RuleData = {
  versionLock,
  fields: BUNDLED_FIELD_TABLES,
  integrations,
};
