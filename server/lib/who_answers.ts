// Who answers at a configured URL, asked once per URL before anything is judged: a Kibana URL given as the
// Elasticsearch one would otherwise read as "no logs", and a Kibana page URL (…/app/security) as "no rule".
import { readFileSync } from 'node:fs';
import { spaceBaseUrl } from './detection_engine/create_client';
import {
  createTlsSender,
  fetchSender,
  type HttpSender,
  type SendResponse,
} from './detection_engine/http_sender';
import { PUBLIC_API_VERSION } from './detection_engine/kibana_transport';
import type { Logger } from './logger';

export type Product = 'elasticsearch' | 'kibana';

export const PRODUCT_NAMES: Record<Product, string> = {
  elasticsearch: 'Elasticsearch',
  kibana: 'Kibana',
};

/** What went wrong, so a host can choose its words and status: all of them stop the command. */
export type WhoAnswersProblem = 'wrong_product' | 'wrong_path' | 'credentials' | 'unreachable';

/** The verdict on one answer; `message` says what answered instead ("answered as Kibana, not Elasticsearch"). */
export type Verdict = { ok: true } | { ok: false; problem: WhoAnswersProblem; message: string };

export type WhoAnswers = { product: Product; url: string } & Verdict;

export interface WhoAnswersConnection {
  elasticsearchUrl?: string;
  kibanaUrl?: string;
  spaceId: string;
  timeoutMs: number;
  /** PEM file of a CA to trust for both URLs. */
  caCertificate?: string;
}

/** The one request per product: Elasticsearch's root, and the Detection Engine the commands go on to use. */
const PROBE_PATH: Record<Product, string> = {
  elasticsearch: '/',
  kibana: '/api/detection_engine/rules/_find',
};

interface Answer {
  status: number;
  contentType: string;
  headers: Record<string, string>;
  body: unknown;
}

type Speaker = 'Elasticsearch' | 'OpenSearch' | 'Kibana' | undefined;

function parse(response: SendResponse): Answer {
  let body: unknown;
  try {
    body = response.text.length > 0 ? JSON.parse(response.text) : undefined;
  } catch {
    body = undefined;
  }
  return {
    status: response.status,
    contentType: response.contentType,
    headers: response.headers ?? {},
    body,
  };
}

function record(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

/** Elasticsearch's and OpenSearch's error shapes: `{error: {type, root_cause}, status}` or "no handler found". */
function hasSearchEngineErrorShape(body: Record<string, unknown>): boolean {
  const error = record(body.error);
  if (typeof error.type === 'string' && Array.isArray(error.root_cause)) return true;
  return typeof body.error === 'string' && body.error.startsWith('no handler found for uri');
}

/** Kibana core's `{statusCode, error, message}` or the Detection Engine's `{status_code, message}`. */
function hasKibanaErrorShape(body: Record<string, unknown>): boolean {
  if (typeof body.statusCode === 'number' && typeof body.error === 'string') return true;
  return typeof body.status_code === 'number' && body.message !== undefined;
}

/**
 * Who the answer says it is. The `x-elastic-product` header decides first: Elasticsearch sends it on every
 * answer since 7.14 (and a compatibility proxy in front of another engine may add it on purpose).
 */
function speakerOf(answer: Answer): Speaker {
  if (answer.headers['x-elastic-product'] === 'Elasticsearch') return 'Elasticsearch';
  if (answer.headers['kbn-name'] !== undefined || answer.headers['kbn-license-sig'] !== undefined) {
    return 'Kibana';
  }
  const body = record(answer.body);
  const version = record(body.version);
  if (typeof body.tagline === 'string') {
    return version.distribution === 'opensearch' ? 'OpenSearch' : 'Elasticsearch';
  }
  if (hasSearchEngineErrorShape(body)) return 'Elasticsearch';
  if (hasKibanaErrorShape(body)) return 'Kibana';
  if (Array.isArray(body.data) && typeof body.total === 'number') return 'Kibana';
  if (typeof body.name === 'string' && typeof version.number === 'string' && body.status) {
    return 'Kibana';
  }
  // Kibana sends browsers to its login or space selector.
  const location = answer.headers.location ?? '';
  if (
    answer.status >= 300 &&
    answer.status < 400 &&
    /\/(login|spaces\/enter|app\/)/.test(location)
  ) {
    return 'Kibana';
  }
  return undefined;
}

/** "with a web page (HTTP 200)", "with HTTP 404 (text/plain)": for answers that name no product. */
function describeAnswer(answer: Answer): string {
  if (answer.status >= 300 && answer.status < 400) {
    const location = answer.headers.location;
    return `with a redirect (HTTP ${answer.status}${location ? ` to ${location}` : ''})`;
  }
  if (answer.contentType.includes('text/html')) return `with a web page (HTTP ${answer.status})`;
  const type = answer.contentType.split(';')[0].trim();
  return `with HTTP ${answer.status}${type ? ` (${type})` : ''}`;
}

/** A Kibana URL with a page or space path in it: what to give instead. */
function kibanaPathHint(url: string): string {
  const { origin, pathname } = new URL(url);
  const page = /^(.*?)\/(app|s)\//.exec(`${pathname}/`);
  if (page) {
    const base = `${origin}${page[1]}`;
    const space = page[2] === 's' ? ' and the space with --space' : '';
    return `give Kibana's base URL (${base})${space}, not a page or space URL`;
  }
  return "give Kibana's base URL (the address before /app/…)";
}

function judgeElasticsearch(answer: Answer, withCredentials: boolean): Verdict {
  const speaker = speakerOf(answer);
  if (speaker === 'Elasticsearch') {
    // A 403 on the root is a user without the `monitor` privilege: still Elasticsearch.
    if (answer.status === 401 && withCredentials) return credentials('Elasticsearch');
    return { ok: true };
  }
  if (speaker === 'OpenSearch' || speaker === 'Kibana') {
    return {
      ok: false,
      problem: 'wrong_product',
      message: `answered as ${speaker}, not Elasticsearch`,
    };
  }
  // A 401 that names nobody is most likely a cluster refusing these credentials, not another product.
  if (answer.status === 401) return withCredentials ? credentials('Elasticsearch') : { ok: true };
  return {
    ok: false,
    problem: 'wrong_product',
    message: `answered ${describeAnswer(answer)}, not as Elasticsearch`,
  };
}

function judgeKibana(answer: Answer, withCredentials: boolean, url: string): Verdict {
  const speaker = speakerOf(answer);
  if (speaker === 'Elasticsearch' || speaker === 'OpenSearch') {
    return { ok: false, problem: 'wrong_product', message: `answered as ${speaker}, not Kibana` };
  }
  if (answer.status === 401) return withCredentials ? credentials('Kibana') : { ok: true };
  if (speaker === 'Kibana') {
    // Kibana's router answers 404 for a path it has no route for: the base URL is not Kibana's API root.
    if (answer.status === 404) {
      return {
        ok: false,
        problem: 'wrong_path',
        message: `answered as Kibana, but its Detection Engine API is not under this URL (404 Not Found): ${kibanaPathHint(url)}`,
      };
    }
    // Anything else in Kibana's words (a 403, a 500) is Kibana's to explain when the command asks again.
    return { ok: true };
  }
  return {
    ok: false,
    problem: /\/(app|s)\//.test(new URL(url).pathname) ? 'wrong_path' : 'wrong_product',
    message: `answered ${describeAnswer(answer)}, not as Kibana's API: ${kibanaPathHint(url)}`,
  };
}

function credentials(product: string): Verdict {
  return {
    ok: false,
    problem: 'credentials',
    message: `${product} did not accept the credentials (401 Unauthorized)`,
  };
}

/** The system's reason ("ECONNREFUSED", "ENOTFOUND", a TLS code), else the innermost message ("bad port"). */
function failureReason(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (current instanceof Error && current !== error) message = current.message;
    current = (current as { cause?: unknown }).cause;
  }
  return message;
}

interface ProbeOptions {
  product: Product;
  url: string;
  spaceId: string;
  authorization?: string;
  sender: HttpSender;
  timeoutMs: number;
  logger: Logger;
}

/** One request to `url` and the verdict on who answered it. Credentials go in a header and are never logged. */
export async function whoAnswers(options: ProbeOptions): Promise<WhoAnswers> {
  const { product, url } = options;
  const base = product === 'kibana' ? spaceBaseUrl(url, options.spaceId) : url.replace(/\/+$/, '');
  const target = new URL(base + PROBE_PATH[product]);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (product === 'kibana') {
    target.searchParams.set('per_page', '1');
    headers['elastic-api-version'] = PUBLIC_API_VERSION;
  }
  if (options.authorization) headers.authorization = options.authorization;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const startedAt = Date.now();
  let status: number | null = null;
  try {
    const response = await options.sender({
      method: 'GET',
      url: target,
      headers,
      signal: controller.signal,
    });
    status = response.status;
    const answer = parse(response);
    const verdict =
      product === 'elasticsearch'
        ? judgeElasticsearch(answer, options.authorization !== undefined)
        : judgeKibana(answer, options.authorization !== undefined, url);
    return { product, url, ...verdict };
  } catch (error) {
    const message = timedOut
      ? `did not answer within ${Math.round(options.timeoutMs / 1000)} s`
      : `cannot be reached (${failureReason(error)})`;
    return { product, url, ok: false, problem: 'unreachable', message };
  } finally {
    clearTimeout(timer);
    options.logger.debug(
      `${PRODUCT_NAMES[product]} GET ${PROBE_PATH[product]} → ${status ?? 'no answer'} (${Date.now() - startedAt} ms)`,
    );
  }
}

/** Asks every URL in `products` at once; the answers come back in the same order. */
export function whoAnswersAll(
  connection: WhoAnswersConnection,
  products: readonly Product[],
  authorization: string | undefined,
  logger: Logger,
): Promise<WhoAnswers[]> {
  const ca = connection.caCertificate ? readFileSync(connection.caCertificate, 'utf8') : undefined;
  const sender = ca ? createTlsSender({ certificateAuthorities: ca }) : fetchSender;
  return Promise.all(
    products.map((product) => {
      const url = product === 'kibana' ? connection.kibanaUrl : connection.elasticsearchUrl;
      if (!url) throw new Error(`No ${PRODUCT_NAMES[product]} URL to check`);
      return whoAnswers({
        product,
        url,
        spaceId: connection.spaceId,
        authorization,
        sender,
        timeoutMs: connection.timeoutMs,
        logger,
      });
    }),
  );
}
