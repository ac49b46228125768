// payload, hash and validate: the bundled rule by default or a TOML path; problems exit 1; usage errors exit 2.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import type { CliIo } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../command';
import { main } from '../main';
import { BUNDLED_RULE_FILE } from '../../../../test/support/bundled_rule_text';

const ROOT = resolve(__dirname, '../../../..');
const BUNDLED = BUNDLED_RULE_FILE;
const ELASTIC_V3 = join(ROOT, 'test/fixtures/rule/1004ad5b-6900-4d28-ab5b-472f02e1fdfb_3.json');
const V3_HASH = '1531a1d1f980b959ce58e42c0fb6a88915457be59be0697a2a52c266a55d4f25';

async function run(
  args: string[],
  cwd = ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const io: CliIo = { stdout, stderr, stdin: new PassThrough(), env: {}, cwd };
  const code = await main(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rule-cli-'));
  const text = await readFile(BUNDLED, 'utf8');
  await writeFile(join(dir, 'copy.toml'), text);
  await writeFile(
    join(dir, 'bad.toml'),
    text.replace('risk_score = 47', 'risk_score = 200').replace('severity = "medium"\n', ''),
  );
  await writeFile(join(dir, 'broken.toml'), '[rule\nname = "x"\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('ssm-recon-rule payload', () => {
  it("prints Elastic's shipped body for the bundled rule, without enabled", async () => {
    const result = await run(['payload']);
    expect(result.code).toBe(EXIT_OK);
    const body = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(body).toEqual(JSON.parse(await readFile(ELASTIC_V3, 'utf8')));
    expect(body).not.toHaveProperty('enabled');
  });

  it('reads a TOML path relative to the working directory', async () => {
    const result = await run(['payload', 'copy.toml'], dir);
    expect(result.code).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toMatchObject({
      rule_id: '1004ad5b-6900-4d28-ab5b-472f02e1fdfb',
    });
  });

  it('prints problems and exits 1 for an invalid rule', async () => {
    const result = await run(['payload', join(dir, 'bad.toml')]);
    expect(result.code).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('rule.risk_score: must be an integer from 0 to 100 (got 200)');
  });

  it('reports a missing file on one line with exit 2', async () => {
    const result = await run(['payload', 'missing.toml'], dir);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toBe(
      `ssm-recon-rule payload: cannot read rule file ${join(dir, 'missing.toml')}: no such file\n`,
    );
  });

  it('refuses extra arguments and unknown options with exit 2', async () => {
    expect((await run(['payload', 'a.toml', 'b.toml'])).code).toBe(EXIT_USAGE);
    expect((await run(['payload', '--pretty'])).stderr).toBe(
      "ssm-recon-rule payload: unknown option '--pretty'\n",
    );
  });
});

describe('ssm-recon-rule hash', () => {
  it('prints the version-lock hash of the bundled rule', async () => {
    expect(await run(['hash'])).toEqual({ code: EXIT_OK, stdout: `${V3_HASH}\n`, stderr: '' });
  });

  it('hashes another file to the same value when the content is the same', async () => {
    expect((await run(['hash', join(dir, 'copy.toml')])).stdout).toBe(`${V3_HASH}\n`);
  });
});

describe('ssm-recon-rule validate', () => {
  it('exits 0 for the bundled rule', async () => {
    const result = await run(['validate']);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toBe(
      `${BUNDLED}: valid (rule_id 1004ad5b-6900-4d28-ab5b-472f02e1fdfb, version 3, locked)\n`,
    );
  });

  it('prints every problem and exits 1', async () => {
    const bad = join(dir, 'bad.toml');
    const result = await run(['validate', bad]);
    expect(result.code).toBe(EXIT_PROBLEMS);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      `${bad}: rule.risk_score: must be an integer from 0 to 100 (got 200)`,
      `${bad}: rule.severity: is required (one of low, medium, high, critical)`,
    ]);
  });

  it('reports malformed TOML as a problem', async () => {
    const result = await run(['validate', join(dir, 'broken.toml')]);
    expect(result.code).toBe(EXIT_PROBLEMS);
    expect(result.stdout).toMatch(/broken\.toml: TOML syntax error at line 1, column \d+: /);
  });
});

describe('the installed command', () => {
  it("`ssm-recon-rule payload` prints Elastic's body", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'bin/ssm-recon-rule.js'), 'payload'],
      {
        cwd: ROOT,
      },
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(await readFile(ELASTIC_V3, 'utf8')));
  });

  it('answers an unknown command with one line and exit 2', async () => {
    const failure = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'bin/ssm-recon-rule.js'), 'frob'],
      {
        cwd: ROOT,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({
      code: EXIT_USAGE,
      stderr: "ssm-recon-rule: unknown command 'frob' (run 'ssm-recon-rule --help')\n",
    });
  });
});
