// One alert of this rule, read through the Detection Engine's signals search as the caller, as the plain facts the
// pivots and the alert context need: its times, the rule's new-terms values, and the event's identity and source.
import { HttpError } from '../errors';
import type { ServiceContext } from '../service_context';
import {
  ALERT_ORIGINAL_TIME,
  ALERT_RULE_UUID,
  ALERT_UUID,
  TIMESTAMP,
} from '../alerts/alerts_search';
import { sourceString } from '../alerts/alerts_result';
import { copyIds, deployableRule, deployedCopy, findRuleCopies } from '../deploy/rule_copies';

// CloudTrail fields of the AWS integration (ECS and `aws.cloudtrail.*`), as the rule's guide names them.
export const IDENTITY_TYPE = 'aws.cloudtrail.user_identity.type';
export const IDENTITY_ARN = 'aws.cloudtrail.user_identity.arn';
export const USER_AGENT = 'user_agent.original';
export const SOURCE_IP = 'source.ip';
export const REQUEST_PARAMETERS = 'aws.cloudtrail.request_parameters';
export const EVENT_ACTION = 'event.action';
export const EVENT_OUTCOME = 'event.outcome';
export const USER_NAME = 'user.name';
export const ACCOUNT_ID = 'cloud.account.id';
/** Read in this order and joined: "Lyon, France". */
export const SOURCE_GEO = [
  'source.geo.city_name',
  'source.geo.country_name',
  'source.geo.country_iso_code',
];

export interface AlertFacts {
  id: string;
  timestamp: string;
  /** When the event that raised the alert happened (Kibana's `original_time`), else the alert's time. */
  eventTime: string;
  /** The rule's new-terms fields with this alert's values (null when absent). */
  terms: Array<{ field: string; value: string | null }>;
  identityType: string | null;
  identityArn: string | null;
  userAgent: string | null;
  sourceIp: string | null;
  sourceGeo: string | null;
  requestParameters: string | null;
}

export interface RuleAlert {
  facts: AlertFacts;
  /** Saved-object ids of the rule's copies in the space. */
  ruleUuids: string[];
  /** The rule's index patterns and new-terms fields, as deployed (else as bundled). */
  indexPatterns: string[];
  newTermsFields: string[];
}

function geoText(source: unknown): string | null {
  const [city, country, iso] = SOURCE_GEO.map((field) => sourceString(source, field));
  const parts = [city, country ?? iso].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

export function readAlertFacts(source: unknown, newTermsFields: string[]): AlertFacts {
  const timestamp = sourceString(source, TIMESTAMP) ?? '';
  return {
    id: sourceString(source, ALERT_UUID) ?? '',
    timestamp,
    eventTime: sourceString(source, ALERT_ORIGINAL_TIME) ?? timestamp,
    terms: newTermsFields.map((field) => ({ field, value: sourceString(source, field) })),
    identityType: sourceString(source, IDENTITY_TYPE),
    identityArn: sourceString(source, IDENTITY_ARN),
    userAgent: sourceString(source, USER_AGENT),
    sourceIp: sourceString(source, SOURCE_IP),
    sourceGeo: geoText(source),
    requestParameters: sourceString(source, REQUEST_PARAMETERS),
  };
}

/**
 * Two upstream requests: the `_find` for the deployed copies, then a one-hit signals search for the alert, kept to
 * this rule's alerts (an id of another rule's alert is "not found" here).
 */
export async function findRuleAlert(ctx: ServiceContext, id: string): Promise<RuleAlert> {
  const copies = await findRuleCopies(ctx.detectionEngine, deployableRule(ctx.rule));
  const deployed = deployedCopy(copies)?.rule;
  const ruleUuids = copyIds(copies);
  if (!deployed) {
    throw new HttpError(404, 'The rule is not deployed in this space, so it has no alerts.');
  }
  const bundled = ctx.rule.rule;
  const newTermsFields = deployed.new_terms_fields ?? bundled.new_terms?.value ?? [];
  const deployedIndex = deployed.index;
  const indexPatterns =
    Array.isArray(deployedIndex) && deployedIndex.every((item) => typeof item === 'string')
      ? (deployedIndex as string[])
      : (bundled.index ?? []);
  const answer = await ctx.detectionEngine.searchSignals({
    size: 1,
    query: {
      bool: {
        filter: [{ term: { [ALERT_UUID]: id } }, { terms: { [ALERT_RULE_UUID]: ruleUuids } }],
      },
    },
    // Kibana's signals search takes `_source` as a list of fields (not `{includes}`).
    _source: [
      TIMESTAMP,
      ALERT_UUID,
      ALERT_ORIGINAL_TIME,
      ...newTermsFields,
      IDENTITY_TYPE,
      IDENTITY_ARN,
      USER_AGENT,
      SOURCE_IP,
      ...SOURCE_GEO,
      REQUEST_PARAMETERS,
    ],
  });
  const hit = answer.hits.hits[0];
  if (!hit) throw new HttpError(404, `No alert ${id} of this rule in this space.`);
  return {
    facts: readAlertFacts(hit._source, newTermsFields),
    ruleUuids,
    indexPatterns,
    newTermsFields,
  };
}
