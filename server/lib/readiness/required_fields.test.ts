import { parseKql } from '../kql/parser';
import { requiredFieldNames } from './required_fields';

const required = (kql: string): string[] => requiredFieldNames(parseKql(kql)).sort();

describe('required query fields', () => {
  it('requires the fields of every conjunct', () => {
    expect(required('a: 1 and b: * and c > 3')).toEqual(['a', 'b', 'c']);
  });

  it('requires from a disjunction only what every branch requires', () => {
    expect(required('x: 1 and (a: 1 or (a: 2 and b: 3))')).toEqual(['a', 'x']);
    expect(required('a: 1 or b: 2')).toEqual([]);
  });

  it('never requires a field that appears only under not', () => {
    expect(required('a: 1 and not b: 2')).toEqual(['a']);
  });

  it('prefixes fields inside nested queries with the path', () => {
    expect(required('p: { q: 1 and r: 2 }')).toEqual(['p.q', 'p.r']);
  });

  it('ignores bare values and wildcard field names', () => {
    expect(required('hello and f*: 1 and c: 2')).toEqual(['c']);
  });

  it('finds what the SSM rule requires of every alerting document', () => {
    const kql = `data_stream.dataset: "aws.cloudtrail" and event.provider: "ssm.amazonaws.com"
      and (event.action: ("GetInventory" or "ListCommands")
        or (event.action: "CreateAssociation" and aws.cloudtrail.request_parameters: *AWS-GatherSoftwareInventory*))
      and not aws.cloudtrail.user_identity.type : "AWSService" and event.outcome: "success"`;
    expect(required(kql)).toEqual([
      'data_stream.dataset',
      'event.action',
      'event.outcome',
      'event.provider',
    ]);
  });
});
