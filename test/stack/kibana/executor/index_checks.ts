// The checks Kibana runs before searching: can the rule's key read its index patterns (Elasticsearch's
// `_has_privileges`, asked as the key), do the patterns match any index, do the matched indices map the timestamp
// (override) field — each a partial failure.
import type { Client } from '@elastic/elasticsearch';

export interface IndexCheckOutcome {
  /** The partial-failure message, when a check failed. */
  warning?: string;
  /** No index matches any pattern: Kibana skips the run. */
  skipExecution: boolean;
  /** The patterns to search (Elasticsearch narrows them to what the key may read). */
  readablePatterns: string[];
  matchedIndices: number;
}

interface FieldCapsBody {
  indices?: string[] | string;
  fields?: Record<string, Record<string, { indices?: string[] } | undefined> | undefined>;
}

function asList(value: string[] | string | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

interface HasPrivilegesAnswer {
  index?: Record<string, Record<string, boolean> | undefined>;
}

/** Patterns the key may not read, in Elasticsearch's words; none when the cluster has no security to ask. */
async function unreadablePatterns(esClient: Client, patterns: string[]): Promise<string[]> {
  const answer = (await esClient.security.hasPrivileges({
    index: [{ names: patterns, privileges: ['read'], allow_restricted_indices: true }],
  })) as HasPrivilegesAnswer;
  return Object.entries(answer.index ?? {})
    .filter(([, privileges]) => privileges?.read !== true)
    .map(([name]) => name);
}

/** `esClient` acts as the rule's key; `secured`: it goes through a layer that answers `_has_privileges`. */
export async function checkIndices(args: {
  esClient: Client;
  secured: boolean;
  patterns: string[];
  primaryTimestamp: string;
  secondaryTimestamp: string | undefined;
}): Promise<IndexCheckOutcome> {
  const { patterns, primaryTimestamp } = args;
  const unreadable = args.secured ? await unreadablePatterns(args.esClient, patterns) : [];
  const readablePatterns = patterns;
  if (unreadable.length > 0) {
    // Kibana stops checking after the privileges warning; the run goes on over what the key can read.
    return {
      warning: `This rule may not have the required read privileges to the following indices/index patterns: ${JSON.stringify(unreadable)}`,
      skipExecution: false,
      readablePatterns,
      matchedIndices: 0,
    };
  }

  const caps = (await args.esClient.fieldCaps({
    index: patterns,
    fields: args.secondaryTimestamp
      ? [primaryTimestamp, args.secondaryTimestamp]
      : [primaryTimestamp],
    include_unmapped: true,
    ignore_unavailable: true,
    allow_no_indices: true,
  })) as FieldCapsBody;
  const indices = asList(caps.indices);
  if (indices.length === 0) {
    return {
      warning: `This rule is attempting to query data from Elasticsearch indices listed in the "Index patterns" section of the rule definition, however no index matching: ${JSON.stringify(patterns)} was found. This warning will continue to appear until a matching index is created or this rule is disabled.`,
      skipExecution: true,
      readablePatterns,
      matchedIndices: 0,
    };
  }
  const field = caps.fields?.[primaryTimestamp];
  // Unmapped everywhere: the engine lists the field as `unmapped` without naming indices.
  const onlyUnmapped =
    field !== undefined && Object.keys(field).every((type) => type === 'unmapped');
  const unmapped = !field || onlyUnmapped ? indices : field.unmapped?.indices;
  if (unmapped !== undefined) {
    const what =
      primaryTimestamp === '@timestamp'
        ? 'timestamp field "@timestamp"'
        : `timestamp override field "${primaryTimestamp}"`;
    return {
      warning: `The following indices are missing the ${what}: ${JSON.stringify(unmapped)}`,
      skipExecution: false,
      readablePatterns,
      matchedIndices: indices.length,
    };
  }
  return { skipExecution: false, readablePatterns, matchedIndices: indices.length };
}
