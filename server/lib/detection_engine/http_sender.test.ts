import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDetectionEngineClient } from './create_client';
import { KibanaApiError } from './kibana_api_error';
import { ExecutionApiCache } from './http_detection_engine_client';

/** A throwaway self-signed certificate for 127.0.0.1, as a private CA would issue. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('TLS trust override', () => {
  const { key, cert } = selfSignedCertificate();
  let server: https.Server;
  let url: string;

  beforeAll(async () => {
    server = https.createServer({ key, cert }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'so', rule_id: 'r', name: 'n', version: 1, enabled: true }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = (tls?: { certificateAuthorities?: string; verify?: boolean }) =>
    createDetectionEngineClient({
      kibanaUrl: url,
      credentials: { apiKey: 'k' },
      tls,
      timeoutMs: 3000,
      executionApiCache: new ExecutionApiCache(),
    });

  it('refuses an untrusted certificate with 502', async () => {
    const error = await client()
      .readRule({ id: 'so' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KibanaApiError);
    expect((error as KibanaApiError).statusCode).toBe(502);
  });

  it('trusts the configured CA', async () => {
    expect((await client({ certificateAuthorities: cert }).readRule({ id: 'so' }))?.id).toBe('so');
  });

  it('accepts any certificate when verification is off', async () => {
    expect((await client({ verify: false }).readRule({ id: 'so' }))?.rule_id).toBe('r');
  });
});
