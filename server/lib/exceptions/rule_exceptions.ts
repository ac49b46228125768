// The deployed rule's exceptions through Kibana's Exceptions API, as the caller: list the items of every list
// the rule references, add items to its default list, remove an item this plugin added. Kibana decides who may
// change them (an analyst gets 403 and nothing changes).
import { isRight } from 'fp-ts/Either';
import {
  ExceptionEntry,
  type AddExceptionRequest,
  type ExceptionItem,
  type ExceptionsResponse,
} from '../../../common/api';
import { MANAGED_TAG, deployableRule, findDeployedRule } from '../deploy/rule_copies';
import type {
  ExceptionListRef,
  KibanaExceptionItem,
  KibanaRule,
} from '../detection_engine/detection_engine_client';
import { KibanaApiError } from '../detection_engine/kibana_api_error';
import { assertWriteAccess } from '../detection_engine/write_access';
import { HttpError } from '../errors';
import type { ServiceContext } from '../service_context';

export const READ_ONLY_EXCEPTIONS =
  'Your Kibana role can read this rule but not change its exceptions (the Security Rules "All" privilege is needed).';

const NOT_DEPLOYED = 'The rule is not deployed in this space: deploy it before adding exceptions.';

export interface RuleExceptions {
  rule: KibanaRule | null;
  lists: ExceptionListRef[];
  items: ExceptionItem[];
}

function listRefs(rule: KibanaRule): ExceptionListRef[] {
  const lists = rule.exceptions_list;
  return Array.isArray(lists)
    ? lists.filter(
        (ref): ref is ExceptionListRef =>
          typeof ref === 'object' && ref !== null && typeof ref.list_id === 'string',
      )
    : [];
}

/** Entries this plugin can read and apply; list-backed and nested entries are left out. */
function readEntries(entries: unknown[]): ExceptionItem['entries'] {
  return entries.flatMap((entry) => {
    const decoded = ExceptionEntry.decode(entry);
    return isRight(decoded) ? [decoded.right] : [];
  });
}

export function toExceptionItem(item: KibanaExceptionItem): ExceptionItem {
  return {
    id: item.id,
    name: item.name,
    description: item.description,
    entries: readEntries(item.entries),
    expireTime: item.expire_time ?? null,
    createdBy: item.created_by ?? null,
    createdAt: item.created_at ?? null,
    addedHere: (item.tags ?? []).includes(MANAGED_TAG),
  };
}

/** The deployed rule and every item of its exception lists (the lists read in parallel). */
export async function readRuleExceptions(ctx: ServiceContext): Promise<RuleExceptions> {
  const deployed = await findDeployedRule(ctx);
  if (!deployed) return { rule: null, lists: [], items: [] };
  const lists = listRefs(deployed.rule);
  const found = await Promise.all(
    lists.map((list) => ctx.detectionEngine.findExceptionItems(list)),
  );
  return { rule: deployed.rule, lists, items: found.flat().map(toExceptionItem) };
}

export async function listExceptions(ctx: ServiceContext): Promise<ExceptionsResponse> {
  const { rule, items } = await readRuleExceptions(ctx);
  return { ruleDeployed: rule !== null, items };
}

function refused(error: unknown): never {
  if (error instanceof KibanaApiError && error.statusCode === 403) {
    throw new HttpError(403, READ_ONLY_EXCEPTIONS);
  }
  throw error;
}

/** Adds one item to the rule's default exception list; answers the rule's exceptions afterwards. */
export async function addException(
  ctx: ServiceContext,
  request: AddExceptionRequest,
): Promise<ExceptionsResponse> {
  if (request.entries.length === 0) {
    throw new HttpError(400, 'An exception needs at least one entry.', { path: 'body.entries' });
  }
  const deployed = await findDeployedRule(ctx);
  if (!deployed) return notDeployed(ctx);
  const fields = request.entries.map((entry) => entry.field).join(', ');
  await ctx.detectionEngine
    .createRuleExceptions(deployed.rule.id, [
      {
        type: 'simple',
        name: request.name ?? `Routine caller (${fields})`,
        description: request.description ?? `Added from the backtest of "${deployed.rule.name}".`,
        entries: request.entries,
        tags: [MANAGED_TAG],
      },
    ])
    .catch(refused);
  return listExceptions(ctx);
}

/** No rule to change: a reader hears that they may not change it, anyone else that it must be deployed first. */
async function notDeployed(ctx: ServiceContext): Promise<never> {
  const bundled = deployableRule(ctx.rule);
  await assertWriteAccess(ctx.detectionEngine, {
    ruleIds: [bundled.ruleId, bundled.customRuleId],
  }).catch(refused);
  throw new HttpError(404, NOT_DEPLOYED);
}

/**
 * Removes an item of the rule's own lists that this plugin added; items added elsewhere are refused. Removing an
 * item the rule no longer has changes nothing and answers the list (a reader still gets the 403 the write would).
 */
export async function removeException(
  ctx: ServiceContext,
  id: string,
): Promise<ExceptionsResponse> {
  const { rule, lists, items } = await readRuleExceptions(ctx);
  if (!rule) return notDeployed(ctx);
  const item = items.find((candidate) => candidate.id === id);
  if (!item) {
    await assertWriteAccess(ctx.detectionEngine, { ids: [rule.id] }).catch(refused);
    return { ruleDeployed: true, items };
  }
  if (!item.addedHere) {
    throw new HttpError(
      409,
      `Exception "${item.name}" was not added by this plugin; remove it in Kibana Security.`,
    );
  }
  const namespace = lists[0]?.namespace_type ?? 'single';
  await ctx.detectionEngine.deleteExceptionItem(id, namespace).catch(refused);
  return listExceptions(ctx);
}
