// The Exceptions API routes the plugin calls: POST /api/detection_engine/rules/{id}/exceptions (items of the
// rule's default list, created on first use and attached to the rule), GET /api/exception_lists/items/_find and
// DELETE /api/exception_lists/items. Kibana guards them with the lists privileges; the demo users that may
// change rules may change lists (rules-all stands for lists-all, rules-read for lists-read).
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../emulator_context';
import type { ExceptionListRef, StoredExceptionItem } from '../exceptions/exception_store';
import { ok } from '../http/emulator_request';
import { siemError } from '../http/kibana_error';
import type { RouteDefinition } from '../http/route_definition';
import { findRuleOrThrow } from '../rules/rule_lookup';

interface CreateItem {
  item_id?: string;
  type: string;
  name: string;
  description: string;
  entries: unknown[];
  namespace_type?: 'single' | 'agnostic';
  os_types?: string[];
  tags?: string[];
  meta?: unknown;
  expire_time?: string;
  comments?: Array<{ comment: string }>;
}

const single = (value: unknown): string | undefined =>
  Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);

export const createRuleExceptionsRoute: RouteDefinition<EmulatorContext> = {
  method: 'POST',
  path: '/api/detection_engine/rules/{id}/exceptions',
  access: 'public',
  privilege: 'rules-all',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const rule = findRuleOrThrow(context.store, request.space, { id: request.params.id });
    const refs = (rule.params.exceptions_list as ExceptionListRef[] | undefined) ?? [];
    let list = refs.find((ref) => ref.type === 'rule_default');
    if (!list) {
      list = context.exceptions.createList(request.space);
      // Attaching the default list is not a customization and bumps no revision.
      context.store.save({ ...rule, params: { ...rule.params, exceptions_list: [...refs, list] } });
    }
    const now = context.now().toISOString();
    const by = request.user.username;
    const items = ((request.body as { items: CreateItem[] }).items ?? []).map(
      (item): StoredExceptionItem => ({
        id: randomUUID(),
        item_id: item.item_id ?? randomUUID(),
        list_id: list.list_id,
        type: item.type,
        name: item.name,
        description: item.description,
        entries: item.entries,
        namespace_type: item.namespace_type ?? 'single',
        os_types: item.os_types ?? [],
        tags: item.tags ?? [],
        comments: (item.comments ?? []).map((comment) => ({
          ...comment,
          id: randomUUID(),
          created_at: now,
          created_by: by,
        })),
        ...(item.expire_time ? { expire_time: item.expire_time } : {}),
        ...(item.meta ? { meta: item.meta } : {}),
        _version: 'WzEsMV0=',
        tie_breaker_id: randomUUID(),
        created_at: now,
        created_by: by,
        updated_at: now,
        updated_by: by,
      }),
    );
    for (const item of items) context.exceptions.add(request.space, item);
    return ok(items);
  },
};

export const findExceptionItemsRoute: RouteDefinition<EmulatorContext> = {
  method: 'GET',
  path: '/api/exception_lists/items/_find',
  access: 'public',
  privilege: 'rules-read',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const listId = single(request.query.list_id) ?? '';
    if (!context.exceptions.hasList(request.space, listId)) {
      throw siemError(404, `exception list list_id: "${listId}" does not exist`);
    }
    const page = Number(single(request.query.page) ?? 1) || 1;
    const perPage = Number(single(request.query.per_page) ?? 20) || 20;
    const all = context.exceptions.items(request.space, listId);
    return ok({
      data: all.slice((page - 1) * perPage, page * perPage),
      page,
      per_page: perPage,
      total: all.length,
    });
  },
};

export const deleteExceptionItemRoute: RouteDefinition<EmulatorContext> = {
  method: 'DELETE',
  path: '/api/exception_lists/items',
  access: 'public',
  privilege: 'rules-all',
  contract: { kind: 'openapi' },
  async handler(request, context) {
    const id = single(request.query.id);
    const itemId = single(request.query.item_id);
    if (id === undefined && itemId === undefined) {
      throw siemError(400, 'either "item_id" or "id" needs to be defined in the request');
    }
    const removed = context.exceptions.remove(request.space, { id, item_id: itemId });
    if (!removed) {
      throw siemError(
        404,
        id !== undefined
          ? `exception list item id: "${id}" does not exist`
          : `exception list item item_id: "${itemId}" does not exist`,
      );
    }
    return ok(removed);
  },
};
