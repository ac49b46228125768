// Finds the host's config: a global set by an embedding page wins, else the host's ui-config.json; the page
// still works (without Security links) when neither answers.
import { CONFIG_GLOBAL, CONFIG_PATH, DEFAULT_CONFIG, readStandaloneConfig } from './config';
import type { StandaloneConfig } from './config';

export async function loadStandaloneConfig(
  global: Record<string, unknown>,
  fetchFn: (input: string, init: RequestInit) => Promise<Response>,
): Promise<StandaloneConfig> {
  if (global[CONFIG_GLOBAL] !== undefined) return readStandaloneConfig(global[CONFIG_GLOBAL]);
  try {
    const response = await fetchFn(CONFIG_PATH, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return DEFAULT_CONFIG;
    return readStandaloneConfig(await response.json());
  } catch {
    return DEFAULT_CONFIG;
  }
}
