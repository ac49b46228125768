// The io-ts codec of a detection-rules TOML file ([metadata] and [rule]), as detection-rules' schema defines it.
import type * as t from 'io-ts';
import {
  bool,
  checked,
  freeTable,
  freeTableList,
  integerBetween,
  list,
  matching,
  nonEmptyList,
  nonEmptyStr,
  oneOf,
  str,
  stringOrList,
} from './codec_primitives';
import { isDateMath } from '../../../common/time';
import { strictTable } from './strict_table';

export const RULE_TYPES = [
  'eql',
  'esql',
  'machine_learning',
  'new_terms',
  'query',
  'saved_query',
  'threat_match',
  'threshold',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const MATURITIES = [
  'development',
  'experimental',
  'beta',
  'production',
  'deprecated',
] as const;
export const LANGUAGES = ['kuery', 'lucene', 'eql', 'esql'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const strings = list(str, 'a list of strings');
const dateMath = checked(
  'date math',
  (u): u is string => typeof u === 'string' && isDateMath(u),
  'must be date math such as "now-6m" or an ISO date',
);

export const RuleMetadataCodec = strictTable(
  'metadata',
  {
    creation_date: matching('a date written YYYY/MM/DD', /^\d{4}\/\d{2}\/\d{2}$/),
    updated_date: matching('a date written YYYY/MM/DD', /^\d{4}\/\d{2}\/\d{2}$/),
  },
  {
    deprecation_date: matching('a date written YYYY/MM/DD', /^\d{4}\/\d{2}\/\d{2}$/),
    comments: str,
    integration: stringOrList,
    maturity: oneOf(MATURITIES),
    min_stack_version: str,
    min_stack_comments: str,
    os_type_list: strings,
    query_schema_validation: bool,
    related_endpoint_rules: strings,
    bypass_bbr_timing: bool,
  },
);

const ThreatEntryFields = { id: nonEmptyStr, name: nonEmptyStr, reference: nonEmptyStr };

export const ThreatCodec = strictTable(
  'threat mapping',
  {
    framework: nonEmptyStr,
    tactic: strictTable('tactic', ThreatEntryFields, {}),
  },
  {
    technique: list(
      strictTable('technique', ThreatEntryFields, {
        subtechnique: list(
          strictTable('subtechnique', ThreatEntryFields, {}),
          'a list of subtechniques',
        ),
      }),
      'a list of techniques',
    ),
  },
);

export const NewTermsCodec = strictTable(
  'new_terms',
  {
    field: str,
    value: list(str, 'a list of field names'),
    history_window_start: nonEmptyList(
      strictTable('history window', { field: str, value: nonEmptyStr }, {}),
      'a list of one history window',
    ),
  },
  {},
);

const COMPUTED = 'is computed by the build from the rule; remove it from the TOML';

export const RuleFieldsCodec = strictTable(
  'rule',
  {
    author: nonEmptyList(nonEmptyStr, 'a list of author names'),
    description: nonEmptyStr,
    name: nonEmptyStr,
    risk_score: integerBetween(0, 100),
    rule_id: matching('a UUID', UUID),
    severity: oneOf(SEVERITIES),
    type: oneOf(RULE_TYPES),
  },
  {
    actions: freeTableList,
    alert_suppression: freeTable,
    building_block_type: str,
    data_view_id: str,
    enabled: bool,
    exceptions_list: freeTableList,
    false_positives: strings,
    filters: freeTableList,
    from: dateMath,
    index: nonEmptyList(nonEmptyStr, 'a list of index patterns'),
    interval: matching('an interval such as "5m" (digits then s, m, h or d)', /^\d+[smhd]$/),
    investigation_fields: strictTable(
      'investigation_fields',
      { field_names: nonEmptyList(nonEmptyStr, 'a list of field names') },
      {},
    ),
    language: oneOf(LANGUAGES),
    license: str,
    max_signals: integerBetween(1, Infinity),
    meta: freeTable,
    new_terms: NewTermsCodec,
    note: str,
    query: str,
    references: strings,
    risk_score_mapping: freeTableList,
    rule_name_override: str,
    setup: str,
    severity_mapping: freeTableList,
    tags: strings,
    threat: list(ThreatCodec, 'a list of threat mappings'),
    throttle: str,
    timeline_id: str,
    timeline_title: str,
    timestamp_override: nonEmptyStr,
    timestamp_override_fallback_disabled: bool,
    to: dateMath,
  },
  {
    version: `${COMPUTED} (version_lock.json)`,
    related_integrations: COMPUTED,
    required_fields: COMPUTED,
  },
);

export const RuleFileCodec = strictTable(
  'rule file',
  { metadata: RuleMetadataCodec, rule: RuleFieldsCodec },
  {},
  { transform: 'investigation guide transforms are not supported' },
);

export type RuleMetadata = t.TypeOf<typeof RuleMetadataCodec>;
export type RuleFields = t.TypeOf<typeof RuleFieldsCodec>;
export type ThreatMapping = t.TypeOf<typeof ThreatCodec>;
export type RuleFile = t.TypeOf<typeof RuleFileCodec>;
/** A rule as decoded from its detection-rules TOML: the typed [metadata] and [rule] tables. */
export type RuleDefinition = RuleFile;
