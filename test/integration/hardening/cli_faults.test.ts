// The CLI against a failing cluster: for each fault of the matrix in front of the Kibana emulator (status,
// alerts, deploy) or the search engine (readiness), exit 2 and one line saying what failed — no stack trace,
// no credentials.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../server/hosts/cli/main';
import { FAULTS, startFaultProxy, type FaultProxy } from '../../stack/fault/fault_proxy';
import {
  startEmulatorFixture,
  type EmulatorFixture,
} from '../../support/integration/emulator_fixture';

let fixture: EmulatorFixture;
let esProxy: FaultProxy;
let kbProxy: FaultProxy;

beforeAll(async () => {
  fixture = await startEmulatorFixture({ prebuiltPackage: 'empty', enabledDefault: false });
  esProxy = await startFaultProxy(process.env.ELASTICSEARCH_URL ?? '');
  kbProxy = await startFaultProxy(fixture.emulator.url);
}, 120_000);

afterAll(async () => {
  await kbProxy?.close();
  await esProxy?.close();
  await fixture?.stop();
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(args, {
    stdout,
    stderr,
    stdin: Readable.from([]),
    env: {
      ELASTICSEARCH_URL: esProxy.url,
      KIBANA_URL: kbProxy.url,
      KIBANA_SPACE: 'clifaults',
      ELASTIC_USERNAME: 'elastic',
      ELASTIC_PASSWORD: 'changeme',
    },
    cwd: process.cwd(),
  });
  return { code, stdout: out, stderr: err };
}

const COMMANDS: Array<{ args: string[]; upstream: 'kibana' | 'elasticsearch' }> = [
  { args: ['status'], upstream: 'kibana' },
  { args: ['alerts'], upstream: 'kibana' },
  { args: ['deploy', '--dry-run'], upstream: 'kibana' },
  { args: ['readiness'], upstream: 'elasticsearch' },
];

describe.each(COMMANDS)('ssm-recon-rule $args.0', ({ args, upstream }) => {
  it.each(FAULTS.filter((fault) => fault !== '403' && fault !== '404'))(
    '%s: exit 2, one line',
    async (fault) => {
      const proxy = upstream === 'kibana' ? kbProxy : esProxy;
      await proxy.setFault(fault, { delayMs: 12_000, retryAfterSeconds: 0 });
      try {
        const run = await cli([...args, '--timeout', '4']);
        expect([fault, run.code]).toEqual([fault, 2]);
        // Besides the command's own progress line (once the URLs are confirmed), one line says what failed.
        const lines = run.stderr
          .trim()
          .split('\n')
          .filter((line) => !line.endsWith('…'));
        expect(lines).toHaveLength(1);
        expect(run.stderr).not.toMatch(/\n\s+at .+:\d+|node:internal|changeme/);
      } finally {
        await proxy.setFault(null);
      }
    },
    60_000,
  );
});
