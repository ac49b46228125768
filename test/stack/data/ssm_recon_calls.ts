// The six calls the rule looks for, with request parameters shaped like the SSM API reference's
// request members (camelCase, optional members often left out).

import type { ApiCall, CallContext } from './api_call';
import type { JsonObject } from './json_value';

const SSM = 'ssm.amazonaws.com';

export const INVENTORY_TYPES = [
  'AWS:Application',
  'AWS:InstanceInformation',
  'AWS:Network',
  'AWS:WindowsUpdate',
  'AWS:Service',
  'AWS:AWSComponent',
  'AWS:File',
  'AWS:Tag',
] as const;

export const GATHER_SOFTWARE_INVENTORY = 'AWS-GatherSoftwareInventory';

function instance(ctx: CallContext): string {
  return ctx.rng.pick(ctx.actor.account.instanceIds);
}

export const GET_INVENTORY: ApiCall = {
  source: SSM,
  name: 'GetInventory',
  readOnly: true,
  params: ({ rng }) =>
    rng.weighted<JsonObject | null>([
      [null, 3],
      [
        {
          filters: [
            { key: 'AWS:InstanceInformation.InstanceStatus', values: ['Active'], type: 'Equal' },
          ],
          maxResults: 50,
        },
        2,
      ],
      [{ resultAttributes: [{ typeName: 'AWS:Application' }] }, 2],
      [{ aggregators: [{ expression: 'AWS:Application.Name' }] }, 1],
      [
        {
          filters: [{ key: 'AWS:Application.Name', values: ['openssh'], type: 'Equal' }],
          maxResults: 50,
        },
        1,
      ],
    ]),
  response: () => null,
};

export const GET_INVENTORY_SCHEMA: ApiCall = {
  source: SSM,
  name: 'GetInventorySchema',
  readOnly: true,
  params: ({ rng }) =>
    rng.weighted<JsonObject | null>([
      [null, 2],
      [{ typeName: rng.pick(INVENTORY_TYPES) }, 2],
      [{ aggregator: true }, 1],
      [{ subType: true, maxResults: 200 }, 1],
    ]),
  response: () => null,
};

export const LIST_INVENTORY_ENTRIES: ApiCall = {
  source: SSM,
  name: 'ListInventoryEntries',
  readOnly: true,
  params: (ctx) => {
    const params: JsonObject = {
      instanceId: instance(ctx),
      typeName: ctx.rng.pick(INVENTORY_TYPES),
    };
    if (ctx.rng.chance(0.5)) params.maxResults = 50;
    return params;
  },
  response: () => null,
};

export const DESCRIBE_INSTANCE_PATCHES: ApiCall = {
  source: SSM,
  name: 'DescribeInstancePatches',
  readOnly: true,
  params: (ctx) => {
    const params: JsonObject = { instanceId: instance(ctx), maxResults: 50 };
    if (ctx.rng.chance(0.3)) params.filters = [{ key: 'State', values: ['Missing', 'Failed'] }];
    return params;
  },
  response: () => null,
};

export const LIST_COMMANDS: ApiCall = {
  source: SSM,
  name: 'ListCommands',
  readOnly: true,
  params: (ctx) =>
    ctx.rng.weighted<JsonObject | null>([
      [null, 2],
      [{ instanceId: instance(ctx) }, 2],
      [{ commandId: ctx.rng.uuid() }, 2],
      [{ filters: [{ key: 'Status', value: 'Success' }], maxResults: 50 }, 1],
    ]),
  response: () => null,
};

export interface AssociationChoice {
  document: string;
  /** Use the document's ARN instead of its name (still contains the name). */
  asArn?: boolean;
}

/** CreateAssociation of `document`; the rule only cares when it is AWS-GatherSoftwareInventory. */
export function createAssociation(choice: AssociationChoice): ApiCall {
  return {
    source: SSM,
    name: 'CreateAssociation',
    readOnly: false,
    params: (ctx) => {
      const name = choice.asArn
        ? `arn:aws:ssm:${ctx.region}::document/${choice.document}`
        : choice.document;
      const targets = ctx.rng.chance(0.6)
        ? [{ key: 'InstanceIds', values: ['*'] }]
        : [{ key: 'tag:Environment', values: [ctx.rng.pick(['prod', 'staging', 'dev'])] }];
      return {
        name,
        targets,
        parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS',
        scheduleExpression: ctx.rng.pick(['rate(30 minutes)', 'rate(1 day)', 'rate(12 hours)']),
        associationName: `${choice.document.toLowerCase()}-${ctx.rng.hex(4)}`,
      };
    },
    response: (ctx) => ({
      associationDescription: {
        name: choice.document,
        associationVersion: '1',
        documentVersion: '$DEFAULT',
        associationId: ctx.rng.uuid(),
        overview: { status: 'Pending', detailedStatus: 'Creating' },
        parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      },
    }),
  };
}

export const CREATE_ASSOCIATION_GATHER = createAssociation({ document: GATHER_SOFTWARE_INVENTORY });

/** The five read APIs in the rule's event.action list (CreateAssociation needs the document too). */
export const RECON_READ_CALLS: readonly ApiCall[] = [
  GET_INVENTORY,
  GET_INVENTORY_SCHEMA,
  LIST_INVENTORY_ENTRIES,
  DESCRIBE_INSTANCE_PATCHES,
  LIST_COMMANDS,
];
