// One request to a host of the plugin's routes (`ssm-recon-rule serve`) as a browser's Kibana client sends it: the
// headers Kibana's router demands, the caller's own credentials, a JSON body when there is one.
export const KIBANA_CLIENT_HEADERS = {
  'elastic-api-version': '1',
  'x-elastic-internal-origin': 'Kibana',
  'kbn-xsrf': 'true',
} as const;

export interface HostAnswer<T> {
  status: number;
  body: T;
}

export async function hostCall<T>(
  hostUrl: string,
  method: 'GET' | 'POST',
  route: string,
  authorization: string,
  body?: unknown,
): Promise<HostAnswer<T>> {
  const res = await fetch(`${hostUrl}${route}`, {
    method,
    headers: {
      ...KIBANA_CLIENT_HEADERS,
      authorization,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}
