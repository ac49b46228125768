// The pipeline emulation replayed on the upstream fixtures: values and field shapes must agree.

import { fieldShape, valueAt } from './field_shape';
import { loadFixturePairs, type FixturePair } from './fixture_pairs';
import { toEcsDocument } from './to_ecs';

/** Fields the integration only adds with the opt-in `actor_target_mapping` tag. */
const ENTITY_FIELDS =
  /^(actor\.|entity\.|target\.|related\.entity$|(user|host|service)\.(target\.)?entity\.)/;

/** Fields the Elastic Agent / Fleet add, which pipeline tests never see. */
const AGENT_FIELDS = new Set([
  'data_stream.type',
  'data_stream.dataset',
  'data_stream.namespace',
  'event.dataset',
]);

/** Per fixture: fields produced by an older or intermediate pipeline revision (see the fixtures README). */
const REVISION_FIELDS: Record<string, RegExp> = {
  'test-assume-role-aws-service-json.log#0':
    /^(cloud\.provider|cloud\.service\.name|service\.name)$/,
  'test-console-login-json.log#0': /^related\.user$/,
  'test-console-login-json.log#1': /^related\.user$/,
  'test-console-login-json.log#2': /^related\.user$/,
  'test-get-parameter-json.log#0':
    /^(user\.name|user\.domain|related\.user|source\.geo\..*|source\.as\..*)$/,
  'test-send-command-all-json.log#0': /^(user\.changes\.name|related\.user)$/,
};

function convert(pair: FixturePair) {
  const expected = pair.expected as {
    event: { created: string; original: string };
    tags: string[];
  };
  return toEcsDocument(pair.record, {
    created: expected.event.created,
    preserveOriginal: true,
    originalText: expected.event.original,
    tags: expected.tags,
  });
}

const pairs = loadFixturePairs().map((p) => [p.name, p] as const);

describe('toEcsDocument on the upstream fixtures', () => {
  it('has a fixture for every documented case', () => {
    expect(pairs.map(([name]) => name)).toHaveLength(8);
  });

  it.each(pairs)('%s: same field paths and JSON types', (name, pair) => {
    const revision = REVISION_FIELDS[name] ?? /^$/;
    const keep = (path: string): boolean => !ENTITY_FIELDS.test(path) && !revision.test(path);
    const ours = Object.fromEntries(
      Object.entries(fieldShape(convert(pair))).filter(
        ([path]) => keep(path) && !AGENT_FIELDS.has(path),
      ),
    );
    const theirs = Object.fromEntries(
      Object.entries(fieldShape(pair.expected)).filter(([path]) => keep(path)),
    );
    expect(ours).toEqual(theirs);
  });

  it.each(pairs)('%s: same values', (name, pair) => {
    const revision = REVISION_FIELDS[name] ?? /^$/;
    const doc = convert(pair);
    for (const path of Object.keys(fieldShape(pair.expected))) {
      if (ENTITY_FIELDS.test(path) || revision.test(path)) continue;
      expect([path, valueAt(doc, path)]).toEqual([path, valueAt(pair.expected, path)]);
    }
  });

  it('adds what the agent adds: data_stream.* and event.dataset, plus event.ingested when given', () => {
    const [, pair] = pairs[0];
    const doc = toEcsDocument(pair.record, {
      ingested: '2026-01-01T00:00:05.000Z',
      namespace: 'prod',
    });
    expect(doc.data_stream).toEqual({ type: 'logs', dataset: 'aws.cloudtrail', namespace: 'prod' });
    expect(doc.event.dataset).toBe('aws.cloudtrail');
    expect(doc.event.ingested).toBe('2026-01-01T00:00:05.000Z');
    expect(toEcsDocument(pair.record).event.ingested).toBeUndefined();
  });
});

describe('toEcsDocument derivations', () => {
  const byName = Object.fromEntries(pairs);

  it('AssumedRole: user.name is the role (session issuer), not the session', () => {
    const doc = toEcsDocument(byName['test-send-command-all-json.log#0'].record);
    expect(doc.user?.name).toBe('AWSServiceRoleForAmazonSSM');
    expect(doc.aws.cloudtrail.user_identity.type).toBe('AssumedRole');
    expect(doc.source).toEqual({ address: 'ssm.amazonaws.com' });
  });

  it('AWSService: no user.name; the integration falls back to the recipient account, Filebeat does not', () => {
    const record = byName['test-assume-role-aws-service-json.log#0'].record;
    const integration = toEcsDocument(record);
    expect(integration.user?.name).toBeUndefined();
    expect(integration.cloud?.account?.id).toBe('111111111111');
    const filebeat = toEcsDocument(record, { flavour: 'filebeat' });
    expect(filebeat.cloud?.account).toBeUndefined();
  });

  it('Filebeat shape: event.module/dataset and fileset, no data_stream, no user.email', () => {
    const doc = toEcsDocument(byName['test-start-session-json.log#0'].record, {
      flavour: 'filebeat',
    });
    expect(doc.data_stream).toBeUndefined();
    expect(doc.event).toMatchObject({ module: 'aws', dataset: 'aws.cloudtrail' });
    expect(doc.fileset).toEqual({ name: 'cloudtrail' });
    expect(doc.user?.email).toBeUndefined();
    expect(doc.user?.name).toBe('test@elastic.co');
  });

  it('an error makes the outcome failure; ConsoleLogin takes it from the response', () => {
    const failed = toEcsDocument({
      ...byName['test-get-parameter-json.log#0'].record,
      errorCode: 'ParameterNotFound',
    });
    expect(failed.event.outcome).toBe('failure');
    expect(failed.aws.cloudtrail.error_code).toBe('ParameterNotFound');
    expect(toEcsDocument(byName['test-console-login-json.log#1'].record).event.outcome).toBe(
      'failure',
    );
  });

  it('no flattened copies when asked, and no event.original by default', () => {
    const doc = toEcsDocument(byName['test-create-document-json.log#0'].record, {
      keepFlattened: false,
    });
    expect(doc.aws.cloudtrail.flattened).toBeUndefined();
    expect(doc.aws.cloudtrail.request_parameters).toBe(
      '{name=EncryptFilesAndUploadRansomNote, documentFormat=YAML, content=HIDDEN_DUE_TO_SECURITY_REASONS}',
    );
    expect(doc.event.original).toBeUndefined();
  });
});
