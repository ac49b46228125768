// Matches a method and a space-less path against the registered path templates (`{name}` segments).
export interface RouteMatch<R> {
  route: R;
  params: Record<string, string>;
}

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const wanted = template.split('/');
  const actual = path.split('/');
  if (wanted.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < wanted.length; i += 1) {
    const segment = wanted[i];
    if (segment.startsWith('{') && segment.endsWith('}')) {
      if (actual[i] === '') return undefined;
      params[segment.slice(1, -1)] = decodeURIComponent(actual[i]);
    } else if (segment !== actual[i]) {
      return undefined;
    }
  }
  return params;
}

export function findRoute<R extends { method: string; path: string }>(
  routes: readonly R[],
  method: string,
  path: string,
): RouteMatch<R> | undefined {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchTemplate(route.path, trimmed);
    if (params) return { route, params };
  }
  return undefined;
}
