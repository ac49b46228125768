// The pipeline's per-action ECS categorisation table (subset: the actions the generator emits, plus the
// fixtures'). Actions missing here get only event.type ["info"]; an empty type list is dropped.

interface Categorisation {
  category: string[];
  type: string[];
}

const c = (category: string, ...type: string[]): Categorisation => ({ category: [category], type });

export const EVENT_CATEGORIES: Readonly<Record<string, Categorisation>> = {
  AssumeRole: c('authentication', 'info'),
  ConsoleLogin: c('authentication', 'info'),
  GetCallerIdentity: c('authentication', 'info'),
  CreateAccessKey: c('iam', 'user', 'change'),
  CreateUser: c('iam', 'user', 'creation'),
  AttachUserPolicy: c('iam', 'user', 'change'),
  GetUser: c('iam', 'user', 'info'),
  ListUsers: c('iam', 'user', 'info'),
  ListRoles: c('iam', 'info'),
  GetPolicy: c('iam', 'info'),
  ListAttachedRolePolicies: c('iam', 'info'),
  DescribeInstances: c('host', 'info'),
  DescribeVolumes: c('host', 'info'),
  DescribeSecurityGroups: c('network', 'info'),
  DescribeVpcs: c('network', 'info'),
  DescribeNetworkInterfaces: c('network', 'info'),
  DescribeRegions: c('api', 'info'),
  DescribeTrails: c('configuration', 'info'),
  ListFunctions: c('package', 'info'),
  ListTables: c('database', 'info'),
  DescribeDBInstances: c('database', 'info'),
  ListBuckets: c('file', 'info'),
  CreateBucket: c('file', 'creation'),
  PutObject: c('file', 'change'),
  SendCommand: c('process'),
  CreateDocument: c('file', 'creation'),
  StartSession: c('session', 'start'),
  TerminateSession: c('session', 'end'),
  CreateControlChannel: c('session', 'start'),
  ListInstanceAssociations: c('host', 'info'),
  Publish: c('api'),
};
