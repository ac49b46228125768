// What the standalone host tells the page: the JSON it answers at `ui-config.json` next to the page, or
// `window.__SSM_RECON_CONFIG__` when a page embedding the panel sets it before the entry runs; and finding it.

export type StandaloneTheme = 'light' | 'dark' | 'system';

export interface StandaloneConfig {
  /** Kibana's public URL (no trailing slash), for links into Security; null when none is configured. */
  kibanaUrl: string | null;
  theme: StandaloneTheme;
  /** Shown beside the rule's schedule when the host runs rules on another one (the sandbox); absent otherwise. */
  scheduleNote?: string;
}

export const CONFIG_GLOBAL = '__SSM_RECON_CONFIG__';
/** Relative to the page, so the host may serve it under any prefix. */
export const CONFIG_PATH = 'ui-config.json';

export const DEFAULT_CONFIG: StandaloneConfig = { kibanaUrl: null, theme: 'light' };

function kibanaUrlOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    // Only real web origins: a javascript: or data: "Kibana URL" would turn every Security link into code.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

function themeOf(value: unknown): StandaloneTheme {
  return value === 'dark' || value === 'system' ? value : 'light';
}

/** A short line of plain text (React renders it as text, never as markup); anything else is no note. */
const MAX_NOTE_LENGTH = 200;

function noteOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const note = value.trim();
  return note === '' || note.length > MAX_NOTE_LENGTH ? undefined : note;
}

export function readStandaloneConfig(source: unknown): StandaloneConfig {
  if (typeof source !== 'object' || source === null) return DEFAULT_CONFIG;
  const raw = source as Record<string, unknown>;
  const scheduleNote = noteOf(raw.scheduleNote);
  return {
    kibanaUrl: kibanaUrlOf(raw.kibanaUrl),
    theme: themeOf(raw.theme),
    ...(scheduleNote ? { scheduleNote } : {}),
  };
}

/**
 * A global set by an embedding page wins, else the host's ui-config.json; the page still works (without Security
 * links) when neither answers.
 */
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
