// Builds the standalone panel when its bundle is missing or older than the browser sources (a second `npm start`
// skips the build), and serves a private copy, so a rebuild of the shared output never breaks a running sandbox.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_UI_DIR } from '../../server/standalone/start_host';
import { buildUi } from '../build_ui';

const ROOT = path.resolve(__dirname, '..', '..');
/** What the browser bundle is made from. */
const UI_SOURCES = [
  path.join(ROOT, 'public'),
  path.join(ROOT, 'common'),
  path.join(ROOT, 'scripts', 'build_ui.ts'),
  path.join(ROOT, 'package-lock.json'),
  path.join(ROOT, 'tsconfig.json'),
];

export interface UiBundle {
  dir: string;
  built: boolean;
}

/** Makes sure the panel is built, then copies it to `copyDir` (replacing an older copy) and returns that. */
export async function ensureUiBuilt(
  log: (line: string) => void,
  copyDir: string,
): Promise<UiBundle> {
  const builtAt = mtimeOf(path.join(DEFAULT_UI_DIR, 'index.html'));
  const fresh = builtAt !== undefined && newestMtime(UI_SOURCES) <= builtAt;
  if (fresh) {
    log('[ui] the panel is already built');
  } else {
    const started = Date.now();
    log('[ui] building the panel');
    await buildUi();
    log(`[ui] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  fs.rmSync(copyDir, { recursive: true, force: true });
  fs.cpSync(DEFAULT_UI_DIR, copyDir, { recursive: true });
  if (!fs.existsSync(path.join(copyDir, 'index.html'))) {
    throw new Error(`the panel in ${DEFAULT_UI_DIR} changed while it was copied; start again`);
  }
  return { dir: copyDir, built: !fresh };
}

function newestMtime(entries: readonly string[]): number {
  let newest = 0;
  for (const entry of entries) {
    const stat = statOf(entry);
    if (!stat) continue;
    if (stat.isFile()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const item of fs.readdirSync(entry, { withFileTypes: true, recursive: true })) {
      if (!item.isFile() || /\.test\.tsx?$/.test(item.name)) continue;
      newest = Math.max(newest, mtimeOf(path.join(item.parentPath, item.name)) ?? 0);
    }
  }
  return newest;
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function mtimeOf(file: string): number | undefined {
  return statOf(file)?.mtimeMs;
}
