// Sends one HTTP request and reads the whole answer: global fetch by default, node:https when the TLS trust
// is overridden (a private CA, or verification turned off for a lab cluster).
import http from 'node:http';
import https from 'node:https';

export interface SendRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface SendResponse {
  status: number;
  contentType: string;
  text: string;
  /** The answer's headers, lower-cased (who answered is told by headers such as `x-elastic-product`). */
  headers?: Record<string, string>;
}

export type HttpSender = (request: SendRequest) => Promise<SendResponse>;

export const fetchSender: HttpSender = async ({ method, url, headers, body, signal }) => {
  const response = await fetch(url, { method, headers, body, signal, redirect: 'manual' });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
    headers: Object.fromEntries(response.headers.entries()),
  };
};

export interface TlsTrust {
  /** PEM certificate(s) of the CA that signed Kibana's certificate. */
  certificateAuthorities?: string | string[];
  /** `false` accepts any certificate: for lab clusters only. */
  verify?: boolean;
}

const sendersByTrust = new WeakMap<TlsTrust, HttpSender>();

/** One sender (and connection pool) per trust setting, however many clients are built from it. */
export function createTlsSender(trust: TlsTrust): HttpSender {
  const known = sendersByTrust.get(trust);
  if (known) return known;
  const sender = tlsSender(trust);
  sendersByTrust.set(trust, sender);
  return sender;
}

/** A sender with its own TLS trust; plain http URLs still work through it. */
function tlsSender(trust: TlsTrust): HttpSender {
  const agent = new https.Agent({
    keepAlive: true,
    ca: trust.certificateAuthorities,
    rejectUnauthorized: trust.verify !== false,
  });
  return ({ method, url, headers, body, signal }) =>
    new Promise<SendResponse>((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const request = (secure ? https : http).request(
        url,
        { method, headers, signal, ...(secure ? { agent } : {}) },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              contentType: String(response.headers['content-type'] ?? ''),
              text: Buffer.concat(chunks).toString('utf8'),
              headers: Object.fromEntries(
                Object.entries(response.headers).map(([name, value]) => [
                  name,
                  Array.isArray(value) ? value.join(', ') : String(value ?? ''),
                ]),
              ),
            }),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}
