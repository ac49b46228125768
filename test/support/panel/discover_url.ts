// Reads a Discover URL the panel built back into its parts, with an independent rison decoder: the app path, the
// global state `_g` and the app state `_a`.
import { decode } from 'rison-node';

export interface DiscoverUrlState {
  path: string;
  global: {
    time?: { from: string; to: string };
    refreshInterval?: { pause: boolean; value: number };
    filters?: unknown[];
  };
  app: { dataSource?: { type: string }; query?: { esql?: string } };
}

export function readDiscoverUrl(url: string): DiscoverUrlState {
  const [path, hash = ''] = url.split('#', 2);
  const query = hash.startsWith('/?') ? hash.slice(2) : '';
  const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
  const state = (key: string) => {
    const raw = params.get(key);
    return raw === null ? {} : decode(raw);
  };
  return {
    path,
    global: state('_g') as DiscoverUrlState['global'],
    app: state('_a') as DiscoverUrlState['app'],
  };
}
