// The Kibana execution messages that matter for a new-terms rule over logs, each recognised by the start of
// its text (Kibana's wording, several releases' variants) and explained with a fix.
import type { Cause } from '../../../common/api';
import { changeOrAskAdministrator } from './permission_wording';

export interface KnownWarning {
  code: string;
  pattern: RegExp;
  severity: Cause['severity'];
  title: string;
  /** `canChangeRule`: whether the reader may change the rule, for fixes that offer that as one way out. */
  fix: (message: string, canChangeRule: boolean) => string;
  /** Whether carrying out the fix means changing the rule (a read-only reader must ask someone who can). */
  changesRule: boolean;
}

function quotedField(message: string): string {
  return /"([^"]+)"/.exec(message)?.[1] ?? 'the timestamp override field';
}

export const KNOWN_WARNINGS: readonly KnownWarning[] = [
  {
    code: 'no_matching_index',
    // "This rule is attempting to query data … however no index matching: [...] was found" (older releases:
    // "This rule attempted to query data … but no matching index was found").
    pattern:
      /This rule (is attempting to query|attempted to query) data from Elasticsearch indices listed in the "?Index patterns?"? section/i,
    severity: 'danger',
    title: 'No index matches any of the rule’s index patterns',
    fix: (_message, canChangeRule) =>
      'Install the AWS integration with its CloudTrail data stream (or ' +
      changeOrAskAdministrator(
        canChangeRule,
        'point the rule’s index patterns at the indices your CloudTrail logs land in',
      ) +
      '). The rule skips every run until an index matches.',
    changesRule: false,
  },
  {
    code: 'missing_timestamp_override',
    pattern: /The following indices are missing the timestamp override field/i,
    severity: 'warning',
    title: 'Some indices lack the timestamp override field',
    fix: (message, canChangeRule) =>
      `Make every index the rule reads set ${quotedField(message)} (Fleet integrations set event.ingested in ` +
      'their final pipeline; for Filebeat or custom pipelines add a set processor with ' +
      `{{_ingest.timestamp}}), or ${changeOrAskAdministrator(canChangeRule, 'narrow the index patterns to exclude those indices')}. ` +
      'Until then the rule falls back to @timestamp there and can miss late-arriving events.',
    changesRule: false,
  },
  {
    code: 'missing_read_privileges',
    pattern:
      /(This rule may not have the required read privileges|Missing required read privileges on the following)/i,
    severity: 'danger',
    title: 'The rule cannot read some of its indices',
    fix: () =>
      'A rule runs with the API key of the user who last created, updated or enabled it. Have a user who can ' +
      'read the logs indices disable and re-enable the rule (this renews its key), or grant the last user read ' +
      'privileges on those indices.',
    changesRule: true,
  },
  {
    code: 'max_signals_reached',
    pattern: /This rule reached the maximum alert limit for the rule execution/i,
    severity: 'warning',
    title: 'The rule hit its alert limit; some alerts were not created',
    fix: () =>
      'On a cluster with under 10 days of history every user looks new: wait for the baseline to fill. ' +
      'Otherwise look at the newest alerts for a noisy source (a newly onboarded account, a new automation ' +
      'user) and add an exception for it; raising max_signals only hides a storm.',
    changesRule: true,
  },
  {
    code: 'execution_gap',
    // "<duration> (<ms>ms) were not queried between this rule execution and the last execution, so signals may
    // have been missed. …": Kibana marks the run failed.
    pattern: /were not queried between this rule execution and the last execution/i,
    severity: 'danger',
    title: 'Runs were missed: part of the time range was never searched',
    fix: () =>
      'Check Kibana Task Manager health and capacity (missed runs usually mean an overloaded or restarted ' +
      'Kibana). Then fill the gap with a manual run over the missed range from the rule’s page in Kibana ' +
      'Security, so no event goes unchecked.',
    changesRule: true,
  },
  {
    code: 'history_window_invalid',
    pattern: /History window size is smaller than rule interval \+ additional lookback/i,
    severity: 'danger',
    title: 'The history window is not earlier than the rule’s look-back',
    fix: () =>
      'Set history_window_start earlier than the rule’s from (the bundled definition uses now-10d against ' +
      'now-6m): deploy again with overwrite to restore the bundled values.',
    changesRule: true,
  },
];

export function matchKnownWarning(message: string): KnownWarning | undefined {
  return KNOWN_WARNINGS.find((warning) => warning.pattern.test(message));
}
