// Kibana adds `ecs: true|false` to each `required_fields` entry by looking the name up in ECS.

/** Top-level ECS field sets; a field below one of them counts as ECS (AWS-specific `aws.*` does not). */
const ECS_ROOTS = new Set([
  '@timestamp',
  'agent',
  'client',
  'cloud',
  'container',
  'data_stream',
  'destination',
  'dns',
  'ecs',
  'error',
  'event',
  'file',
  'group',
  'host',
  'http',
  'labels',
  'log',
  'message',
  'network',
  'observer',
  'organization',
  'process',
  'related',
  'rule',
  'server',
  'service',
  'source',
  'tags',
  'threat',
  'tls',
  'url',
  'user',
  'user_agent',
]);

export interface RequiredField {
  name: string;
  type: string;
  ecs: boolean;
}

export function withEcsFlags(input: unknown): RequiredField[] {
  if (!Array.isArray(input)) return [];
  return input.map((item: { name: string; type: string }) => ({
    name: item.name,
    type: item.type,
    ecs: ECS_ROOTS.has(item.name.split('.')[0]),
  }));
}
