// Kibana's alert field names this service reads (see the alerts-as-data schema of the security solution).

export const ALERT_RULE_UUID = 'kibana.alert.rule.uuid';
export const ALERT_UUID = 'kibana.alert.uuid';
export const ALERT_WORKFLOW_STATUS = 'kibana.alert.workflow_status';
export const ALERT_REASON = 'kibana.alert.reason';
export const ALERT_NEW_TERMS = 'kibana.alert.new_terms';
export const ALERT_ORIGINAL_TIME = 'kibana.alert.original_time';
export const ALERT_BUILDING_BLOCK = 'kibana.alert.building_block_type';
export const TIMESTAMP = '@timestamp';

/** Read for every alert shown, besides the rule's investigation fields. */
export const ALERT_SUMMARY_FIELDS = [
  TIMESTAMP,
  ALERT_UUID,
  ALERT_WORKFLOW_STATUS,
  ALERT_REASON,
  ALERT_NEW_TERMS,
  ALERT_ORIGINAL_TIME,
];

export const WORKFLOW_STATUSES = ['open', 'acknowledged', 'in-progress', 'closed'] as const;
