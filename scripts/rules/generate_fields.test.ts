// The field tables in common/rules/fields/ are what their generators make: ECS from the installed @elastic/ecs (so
// a version bump without regenerating fails here), the CloudTrail table flattened as Elastic's build flattens a
// data stream's fields/*.yml.
import ecsFile from '../../common/rules/fields/ecs.json';
import awsCloudtrail from '../../common/rules/fields/aws.cloudtrail.json';
import { ecsFieldTable } from './generate_ecs_fields';
import { flattenFields } from './generate_integration_fields';

describe('the ECS field table', () => {
  it('is the installed @elastic/ecs flat schema, field by field', () => {
    expect(ecsFile).toEqual(ecsFieldTable());
    expect(ecsFile.fields['data_stream.dataset']).toBe('constant_keyword');
    expect(ecsFile.fields['source.ip']).toBe('ip');
  });
});

describe('the CloudTrail field table', () => {
  it('names its source and holds the flattened fields, parents of flattened sub-keys included', () => {
    expect(awsCloudtrail.source).toMatch(
      /^elastic\/integrations packages\/aws\/data_stream\/cloudtrail\/fields\//,
    );
    expect(awsCloudtrail.fields).toMatchObject({
      'aws.cloudtrail.request_parameters': 'keyword',
      'aws.cloudtrail.user_identity.type': 'keyword',
      'aws.cloudtrail.flattened.request_parameters': 'flattened',
      'aws.cloudtrail.read_only': 'boolean',
    });
    expect(awsCloudtrail.fields).not.toHaveProperty('aws.cloudtrail.request_parameters.text');
  });
});

describe('flattenFields', () => {
  it('prefixes group children, keeps nested prefixes, skips multi-fields and types untyped fields keyword', () => {
    expect(
      flattenFields([
        {
          name: 'aws.cloudtrail',
          type: 'group',
          fields: [
            { name: 'request_parameters', type: 'keyword' },
            { name: 'resources', type: 'nested', fields: [{ name: 'arn', type: 'keyword' }] },
            { name: 'empty', type: 'group' },
          ],
        },
        { name: 'event.action' },
        { fields: [{ name: 'loose', type: 'long' }] },
      ]),
    ).toEqual([
      ['aws.cloudtrail.request_parameters', 'keyword'],
      ['aws.cloudtrail.resources.arn', 'keyword'],
      ['event.action', 'keyword'],
      ['loose', 'long'],
    ]);
  });

  it('puts a lone group repeating its parent at the parent, as for Beats modules', () => {
    expect(
      flattenFields(
        [{ name: 'zoom', type: 'group', fields: [{ name: 'id', type: 'keyword' }] }],
        'zoom.',
      ),
    ).toEqual([['zoom.id', 'keyword']]);
  });
});
