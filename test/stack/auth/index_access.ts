// Which indices an index read may touch, as Elasticsearch security decides it: wildcards expand silently to the
// names the user may read, explicit names the user may not read are refused (dropped with ignore_unavailable).
import { hasIndexPrivilege, type EmulatorUser } from './users';

/** What `_resolve/index` answers on the raw engine (the names a wildcard reaches before authorisation). */
export interface ResolvedNames {
  indices: Array<{ name: string; aliases?: string[]; data_stream?: string }>;
  aliases: Array<{ name: string }>;
  data_streams: Array<{ name: string }>;
}

export type EngineResolver = (
  expression: string,
  expandWildcards: string,
) => Promise<ResolvedNames>;

/** Elasticsearch's stand-in for "no index at all": matches nothing, so searches answer empty. */
export const NO_INDICES = ['*', '-*'];

export type IndexAccess =
  /** Read as asked: every name the expression reaches is readable. */
  | { decision: 'unchanged' }
  /** Read these names instead (the readable part of what the expression reaches; NO_INDICES for none). */
  | { decision: 'narrowed'; indices: string[] }
  | { decision: 'refused'; indices: string[] };

const isWildcard = (part: string) => part.includes('*') || part === '_all';

export async function decideIndexAccess(args: {
  user: EmulatorUser;
  expression: string;
  ignoreUnavailable: boolean;
  expandWildcards: string;
  resolve: EngineResolver;
}): Promise<IndexAccess> {
  const { user } = args;
  const role = user.elasticsearch;
  if (role.superuser) return { decision: 'unchanged' };
  const readable = (name: string) => hasIndexPrivilege(role, name, 'read');
  const parts = args.expression
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const wildcards = parts.filter((part) => isWildcard(part) || part.startsWith('-'));
  const explicit = parts.filter((part) => !isWildcard(part) && !part.startsWith('-'));

  const refused = explicit.filter((name) => !readable(name));
  if (refused.length > 0 && !args.ignoreUnavailable) {
    return { decision: 'refused', indices: refused };
  }
  const kept = explicit.filter(readable);

  let narrowedWildcards = false;
  const reached: string[] = [];
  if (wildcards.some((part) => !part.startsWith('-'))) {
    const expression = wildcards.map((part) => (part === '_all' ? '*' : part)).join(',');
    const resolved = await args.resolve(expression, args.expandWildcards);
    const names = [
      ...resolved.data_streams.map((stream) => stream.name),
      ...resolved.aliases.map((alias) => alias.name),
      // Backing indices and indices behind an alias are read through their data stream or alias.
      ...resolved.indices
        .filter((index) => !index.data_stream && (index.aliases ?? []).length === 0)
        .map((index) => index.name),
    ];
    const indexReadable = (index: ResolvedNames['indices'][number]) =>
      readable(index.name) ||
      (index.data_stream !== undefined && readable(index.data_stream)) ||
      (index.aliases ?? []).some(readable);
    narrowedWildcards =
      names.some((name) => !readable(name)) || resolved.indices.some((i) => !indexReadable(i));
    reached.push(...names.filter(readable));
  }
  if (!narrowedWildcards && kept.length === explicit.length) return { decision: 'unchanged' };
  const indices = [...new Set([...kept, ...reached])];
  return { decision: 'narrowed', indices: indices.length > 0 ? indices : NO_INDICES };
}
