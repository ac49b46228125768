// The message a new notification starts with, in Kibana's rule action variables (checked against Kibana's
// security_solution action message params: `context.rule.name`, `state.signals_count`, `context.alerts`,
// `context.results_link`). Each alert's line names the rule's new-terms fields, then what was done and from where.
import type { RuleDefinition } from '../rule';

/** Plain words for the fields a line may show; any other field is shown by its name. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  'cloud.account.id': 'account',
  'user.name': 'user',
  'event.action': 'action',
  'source.ip': 'source',
};

/** What was done and from where: shown after the new terms when the rule lists them for investigation. */
const CONTEXT_FIELDS = ['event.action', 'source.ip'] as const;

export function defaultNotifyMessage(rule: RuleDefinition): string {
  const newTerms = rule.rule.new_terms?.value ?? [];
  const investigation = rule.rule.investigation_fields?.field_names ?? [];
  const fields = [
    ...newTerms,
    ...CONTEXT_FIELDS.filter((field) => investigation.includes(field) && !newTerms.includes(field)),
  ];
  const line = fields
    .map(
      (field) => `${Object.hasOwn(FIELD_WORDS, field) ? FIELD_WORDS[field] : field} {{${field}}}`,
    )
    .join(', ');
  return [
    '{{context.rule.name}}: {{state.signals_count}} new alert(s)',
    '{{#context.alerts}}',
    `- ${line}`,
    '{{/context.alerts}}',
    'Open the alerts in Kibana Security: {{{context.results_link}}}',
  ].join('\n');
}
