// In-memory exception lists and their items, scoped by space like Kibana's exception-list saved objects, and
// the items that apply to a rule (those of every list in its `exceptions_list`).
import { randomUUID } from 'node:crypto';
import type { StoredRule } from '../rules/stored_rule';

export interface StoredExceptionItem {
  id: string;
  item_id: string;
  list_id: string;
  type: string;
  name: string;
  description: string;
  entries: unknown[];
  namespace_type: 'single' | 'agnostic';
  os_types: string[];
  tags: string[];
  comments: unknown[];
  expire_time?: string;
  meta?: unknown;
  _version: string;
  tie_breaker_id: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface ExceptionListRef {
  id: string;
  list_id: string;
  type: string;
  namespace_type: 'single' | 'agnostic';
}

export class ExceptionStore {
  /** `<space>\n<list_id>` → the list's items; a list exists once it has an entry here. */
  private readonly lists = new Map<string, StoredExceptionItem[]>();

  private key(space: string, listId: string): string {
    return `${space}\n${listId}`;
  }

  createList(space: string): ExceptionListRef {
    const listId = randomUUID();
    this.lists.set(this.key(space, listId), []);
    return { id: randomUUID(), list_id: listId, type: 'rule_default', namespace_type: 'single' };
  }

  hasList(space: string, listId: string): boolean {
    return this.lists.has(this.key(space, listId));
  }

  items(space: string, listId: string): StoredExceptionItem[] {
    return [...(this.lists.get(this.key(space, listId)) ?? [])];
  }

  add(space: string, item: StoredExceptionItem): void {
    const key = this.key(space, item.list_id);
    this.lists.set(key, [...(this.lists.get(key) ?? []), item]);
  }

  /** Removes an item by `id` or `item_id`; the removed item, or undefined. */
  remove(space: string, ref: { id?: string; item_id?: string }): StoredExceptionItem | undefined {
    for (const [key, items] of this.lists) {
      if (!key.startsWith(`${space}\n`)) continue;
      const found = items.find((item) =>
        ref.id !== undefined ? item.id === ref.id : item.item_id === ref.item_id,
      );
      if (found) {
        this.lists.set(
          key,
          items.filter((item) => item !== found),
        );
        return found;
      }
    }
    return undefined;
  }

  /** Every item of the rule's exception lists, as the detection engine gathers them before a run. */
  itemsOfRule(rule: StoredRule): StoredExceptionItem[] {
    const refs = (rule.params.exceptions_list as ExceptionListRef[] | undefined) ?? [];
    return refs.flatMap((ref) => this.items(rule.space, ref.list_id));
  }
}
