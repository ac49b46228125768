// Everyday CloudTrail management events across many services (none of them matches the rule).

import type { ApiCall, CallContext } from './api_call';
import type { JsonObject } from './json_value';
import { createAssociation } from './ssm_recon_calls';

type Extras = Partial<Omit<ApiCall, 'source' | 'name' | 'readOnly'>>;

function call(
  service: string,
  name: string,
  readOnly: boolean,
  params?: (ctx: CallContext) => JsonObject | null,
  extras: Extras = {},
): ApiCall {
  return {
    source: `${service}.amazonaws.com`,
    name,
    readOnly,
    params: params ?? (() => null),
    ...extras,
  };
}

const instance = (ctx: CallContext): string => ctx.rng.pick(ctx.actor.account.instanceIds);
const bucket = (ctx: CallContext): string =>
  `${ctx.actor.account.alias}-${ctx.rng.pick(['artifacts', 'logs', 'backups', 'static-site', 'data-lake'])}`;
const parameterName = (ctx: CallContext): string =>
  ctx.rng.pick([
    '/app/orders/db-host',
    '/app/orders/feature-flags',
    '/shared/datadog/api-key',
    '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
    '/inspector-aws/service/inspector-linux-application-paths',
  ]);
const fn = (ctx: CallContext): string =>
  ctx.rng.pick(['orders-api', 'log-shipper', 'thumbnailer', 'nightly-report']);
const roleName = (ctx: CallContext): string =>
  ctx.rng.pick([
    'web-ec2-role',
    'batch-worker-role',
    'orders-api-lambda-role',
    'github-actions-deploy',
  ]);

const notFound = (code: string, message: string) => () => ({ code, message });

export const BACKGROUND_CALLS = {
  // EC2
  describeInstances: call('ec2', 'DescribeInstances', true, (ctx): JsonObject =>
    ctx.rng.chance(0.5)
      ? { instancesSet: { items: [{ instanceId: instance(ctx) }] }, filterSet: {} }
      : {
          instancesSet: {},
          filterSet: {
            items: [{ name: 'instance-state-name', valueSet: { items: [{ value: 'running' }] } }],
          },
        },
  ),
  describeSecurityGroups: call('ec2', 'DescribeSecurityGroups', true, () => ({
    securityGroupSet: {},
    securityGroupIdSet: {},
    filterSet: {},
  })),
  describeVpcs: call('ec2', 'DescribeVpcs', true, () => ({ vpcSet: {}, filterSet: {} })),
  describeVolumes: call('ec2', 'DescribeVolumes', true, (ctx) => ({
    volumeSet: {},
    filterSet: {},
    maxResults: ctx.rng.pick([100, 500]),
  })),
  describeRegions: call('ec2', 'DescribeRegions', true, () => ({ regionSet: {} })),
  describeNetworkInterfaces: call('ec2', 'DescribeNetworkInterfaces', true, () => ({
    networkInterfaceIdSet: {},
    filterSet: {},
  })),
  startInstances: call('ec2', 'StartInstances', false, (ctx) => ({
    instancesSet: { items: [{ instanceId: instance(ctx) }] },
  })),
  stopInstances: call('ec2', 'StopInstances', false, (ctx) => ({
    instancesSet: { items: [{ instanceId: instance(ctx) }] },
    force: false,
  })),
  createTags: call('ec2', 'CreateTags', false, (ctx) => ({
    resourcesSet: { items: [{ resourceId: instance(ctx) }] },
    tagSet: { items: [{ key: 'Owner', value: ctx.rng.pick(['platform', 'data', 'payments']) }] },
  })),
  // S3 (bucket-level management events)
  listBuckets: call('s3', 'ListBuckets', true, (ctx) => ({
    Host: `s3.${ctx.region}.amazonaws.com`,
  })),
  getBucketAcl: call('s3', 'GetBucketAcl', true, (ctx) => ({
    bucketName: bucket(ctx),
    Host: `${bucket(ctx)}.s3.amazonaws.com`,
    acl: '',
  })),
  getBucketPolicy: call(
    's3',
    'GetBucketPolicy',
    true,
    (ctx) => ({ bucketName: bucket(ctx), Host: `${bucket(ctx)}.s3.amazonaws.com`, policy: '' }),
    {
      failure: notFound('NoSuchBucketPolicy', 'The bucket policy does not exist'),
    },
  ),
  getBucketEncryption: call('s3', 'GetBucketEncryption', true, (ctx) => ({
    bucketName: bucket(ctx),
    encryption: '',
  })),
  // IAM and STS
  getCallerIdentity: call('sts', 'GetCallerIdentity', true, undefined, { global: true }),
  assumeRole: call(
    'sts',
    'AssumeRole',
    true,
    (ctx) => ({
      roleArn: `arn:aws:iam::${ctx.actor.account.id}:role/${roleName(ctx)}`,
      roleSessionName: ctx.rng.pick(['i-0' + ctx.rng.hex(16), 'orders-api', 'GitHubActions']),
      durationSeconds: 3600,
    }),
    {
      global: true,
      response: (ctx) => ({
        credentials: {
          accessKeyId: `ASIA${ctx.rng.upperAlnum(16)}`,
          sessionToken: 'HIDDEN_DUE_TO_SECURITY_REASONS',
          expiration: new Date(ctx.eventMs + 3_600_000).toUTCString(),
        },
      }),
      resources: (ctx) => [
        {
          accountId: ctx.actor.account.id,
          type: 'AWS::IAM::Role',
          ARN: `arn:aws:iam::${ctx.actor.account.id}:role/${roleName(ctx)}`,
        },
      ],
    },
  ),
  listUsers: call('iam', 'ListUsers', true, () => null, { global: true }),
  listRoles: call(
    'iam',
    'ListRoles',
    true,
    (ctx) => (ctx.rng.chance(0.5) ? { maxItems: 100 } : null),
    { global: true },
  ),
  getUser: call(
    'iam',
    'GetUser',
    true,
    (ctx) => ({ userName: ctx.rng.pick(['backup-svc', 'grafana-cloudwatch', 'alice.nguyen']) }),
    {
      global: true,
      failure: notFound(
        'NoSuchEntityException',
        'The user with name alice.nguyen cannot be found.',
      ),
    },
  ),
  getPolicy: call(
    'iam',
    'GetPolicy',
    true,
    (ctx) => ({
      policyArn: `arn:aws:iam::${ctx.actor.account.id}:policy/${ctx.rng.pick(['deploy-policy', 'read-logs'])}`,
    }),
    { global: true },
  ),
  listAttachedRolePolicies: call(
    'iam',
    'ListAttachedRolePolicies',
    true,
    (ctx) => ({ roleName: roleName(ctx) }),
    { global: true },
  ),
  getAccountSummary: call('iam', 'GetAccountSummary', true, () => null, { global: true }),
  createAccessKey: call(
    'iam',
    'CreateAccessKey',
    false,
    (ctx) => ({ userName: ctx.rng.pick(['backup-svc', 'sftp-uploader']) }),
    {
      global: true,
      response: (ctx) => ({
        accessKey: {
          accessKeyId: `AKIA${ctx.rng.upperAlnum(16)}`,
          status: 'Active',
          userName: 'backup-svc',
          createDate: new Date(ctx.eventMs).toUTCString(),
        },
      }),
    },
  ),
  // KMS, Secrets Manager, SSM Parameter Store
  decrypt: call('kms', 'Decrypt', true, () => ({ encryptionAlgorithm: 'SYMMETRIC_DEFAULT' }), {
    resources: (ctx) => [
      {
        accountId: ctx.actor.account.id,
        type: 'AWS::KMS::Key',
        ARN: `arn:aws:kms:${ctx.region}:${ctx.actor.account.id}:key/${ctx.rng.uuid()}`,
      },
    ],
  }),
  generateDataKey: call('kms', 'GenerateDataKey', true, (ctx) => ({
    keyId: `arn:aws:kms:${ctx.region}:${ctx.actor.account.id}:key/${ctx.rng.uuid()}`,
    keySpec: 'AES_256',
  })),
  listKeys: call('kms', 'ListKeys', true, () => null),
  getSecretValue: call('secretsmanager', 'GetSecretValue', true, (ctx) => ({
    secretId: `arn:aws:secretsmanager:${ctx.region}:${ctx.actor.account.id}:secret:${ctx.rng.pick(['orders/db', 'stripe/api-key'])}-${ctx.rng.hex(6)}`,
  })),
  getParameter: call(
    'ssm',
    'GetParameter',
    true,
    (ctx) => ({ name: parameterName(ctx), withDecryption: ctx.rng.chance(0.5) }),
    {
      failure: notFound('ParameterNotFound', ''),
    },
  ),
  getParameters: call('ssm', 'GetParameters', true, (ctx) => ({
    names: [parameterName(ctx), parameterName(ctx)],
    withDecryption: true,
  })),
  // SSM operations that are not inventory reconnaissance (some are close cousins of it)
  describeInstanceInformation: call('ssm', 'DescribeInstanceInformation', true, (ctx) =>
    ctx.rng.chance(0.5) ? { maxResults: 50 } : null,
  ),
  updateInstanceInformation: call('ssm', 'UpdateInstanceInformation', false, (ctx) => ({
    instanceId: ctx.rng.pick(
      ctx.actor.sessionNames.length > 0 ? ctx.actor.sessionNames : ctx.actor.account.instanceIds,
    ),
    agentName: 'amazon-ssm-agent',
    agentVersion: '3.3.987.0',
    platformType: 'Linux',
    platformName: 'Amazon Linux',
    platformVersion: '2023',
    iPAddress: `10.0.${ctx.rng.int(0, 255)}.${ctx.rng.int(1, 254)}`,
    computerName: `ip-10-0-${ctx.rng.int(0, 255)}-${ctx.rng.int(1, 254)}.ec2.internal`,
    agentStatus: 'Active',
  })),
  listInstanceAssociations: call('ssm', 'ListInstanceAssociations', true, (ctx) => ({
    instanceId: instance(ctx),
    maxResults: 20,
  })),
  putInventory: call('ssm', 'PutInventory', false, (ctx) => ({
    instanceId: ctx.rng.pick(
      ctx.actor.sessionNames.length > 0 ? ctx.actor.sessionNames : ctx.actor.account.instanceIds,
    ),
    items: 'HIDDEN_DUE_TO_SECURITY_REASONS',
  })),
  listCommandInvocations: call('ssm', 'ListCommandInvocations', true, (ctx) => ({
    commandId: ctx.rng.uuid(),
    details: true,
  })),
  describeInstancePatchStates: call('ssm', 'DescribeInstancePatchStates', true, (ctx) => ({
    instanceIds: [instance(ctx)],
  })),
  listAssociations: call('ssm', 'ListAssociations', true, () => ({ maxResults: 50 })),
  startSession: call('ssm', 'StartSession', false, (ctx) => ({ target: instance(ctx) }), {
    response: (ctx) => ({
      sessionId: `${ctx.rng.pick(['alice', 'ops'])}-${ctx.rng.hex(17)}`,
      tokenValue: 'Value hidden due to security reasons.',
      streamUrl: `wss://ssmmessages.${ctx.region}.amazonaws.com/v1/data-channel/${ctx.rng.hex(17)}`,
    }),
  }),
  terminateSession: call('ssm', 'TerminateSession', false, (ctx) => ({
    sessionId: `ops-${ctx.rng.hex(17)}`,
  })),
  sendCommand: call(
    'ssm',
    'SendCommand',
    false,
    (ctx) => ({
      instanceIds: [instance(ctx)],
      documentName: ctx.rng.pick([
        'AWS-RunShellScript',
        'AWS-RunPatchBaseline',
        'AWS-UpdateSSMAgent',
      ]),
      parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      interactive: false,
    }),
    {
      response: (ctx) => ({
        command: {
          commandId: ctx.rng.uuid(),
          status: 'Pending',
          parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS',
          interactive: false,
        },
      }),
    },
  ),
  sendCommandStateManager: call(
    'ssm',
    'SendCommand',
    false,
    (ctx) => ({
      instanceIds: ['*'],
      documentName: 'AWS-RunPatchBaselineAssociation',
      documentVersion: '1',
      timeoutSeconds: 600,
      comment: `${ctx.rng.uuid()}:${ctx.rng.uuid()}`,
      parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      maxConcurrency: '100%',
      maxErrors: '100%',
      clientName: '',
      interactive: false,
    }),
    {
      response: (ctx) => ({
        command: {
          commandId: ctx.rng.uuid(),
          documentName: 'AWS-RunPatchBaselineAssociation',
          status: 'Pending',
          targets: [],
          clientName: 'StateManager',
          interactive: false,
        },
      }),
    },
  ),
  createAssociationPatchBaseline: createAssociation({ document: 'AWS-RunPatchBaseline' }),
  getDocument: call('ssm', 'GetDocument', true, () => ({
    name: 'AWS-GatherSoftwareInventory',
    documentVersion: '$DEFAULT',
  })),
  // Lambda, logs, CloudWatch, CloudTrail, CloudFormation, ECR, RDS, DynamoDB
  listFunctions: call('lambda', 'ListFunctions20150331', true, () => null),
  getFunction: call('lambda', 'GetFunction20150331v2', true, (ctx) => ({ functionName: fn(ctx) })),
  updateFunctionCode: call('lambda', 'UpdateFunctionCode20150331v2', false, (ctx) => ({
    functionName: fn(ctx),
    publish: true,
    dryRun: false,
  })),
  describeLogGroups: call('logs', 'DescribeLogGroups', true, (ctx) => ({
    logGroupNamePrefix: `/aws/lambda/${fn(ctx)}`,
  })),
  createLogStream: call('logs', 'CreateLogStream', false, (ctx) => ({
    logGroupName: `/aws/lambda/${fn(ctx)}`,
    logStreamName: `2025/01/01/[$LATEST]${ctx.rng.hex(32)}`,
  })),
  describeAlarms: call('monitoring', 'DescribeAlarms', true, () => ({ maxRecords: 100 })),
  getMetricData: call('monitoring', 'GetMetricData', true, (ctx) => ({
    startTime: new Date(ctx.eventMs - 3_600_000).toISOString(),
    endTime: new Date(ctx.eventMs).toISOString(),
  })),
  describeTrails: call('cloudtrail', 'DescribeTrails', true, () => ({ includeShadowTrails: true })),
  lookupEvents: call('cloudtrail', 'LookupEvents', true, (ctx) => ({
    maxResults: 50,
    startTime: new Date(ctx.eventMs - 86_400_000).toUTCString(),
  })),
  describeStacks: call('cloudformation', 'DescribeStacks', true, (ctx) => ({
    stackName: ctx.rng.pick(['orders-api', 'network-baseline', 'data-lake']),
  })),
  createChangeSet: call('cloudformation', 'CreateChangeSet', false, (ctx) => ({
    stackName: ctx.rng.pick(['orders-api', 'data-lake']),
    changeSetName: `deploy-${ctx.rng.hex(8)}`,
    changeSetType: 'UPDATE',
  })),
  getAuthorizationToken: call('ecr', 'GetAuthorizationToken', true, () => null),
  describeDbInstances: call('rds', 'DescribeDBInstances', true, () => null),
  listTables: call('dynamodb', 'ListTables', true, () => null),
  describeTable: call('dynamodb', 'DescribeTable', true, (ctx) => ({
    tableName: ctx.rng.pick(['orders', 'sessions', 'feature-flags']),
  })),
  // Console sign-in
  consoleLogin: {
    source: 'signin.amazonaws.com',
    name: 'ConsoleLogin',
    eventType: 'AwsConsoleSignIn',
    global: true,
    params: () => null,
    response: () => ({ ConsoleLogin: 'Success' }),
    additionalEventData: (ctx) => ({
      LoginTo: `https://console.aws.amazon.com/console/home?region=${ctx.region}`,
      MobileVersion: 'No',
      MFAUsed: ctx.actor.kind === 'root' ? 'Yes' : ctx.rng.pick(['Yes', 'No']),
    }),
    failure: () => ({ code: '', message: 'Failed authentication' }),
  },
} satisfies Record<string, ApiCall>;

export type BackgroundCallName = keyof typeof BACKGROUND_CALLS;
