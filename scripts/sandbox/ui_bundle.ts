// Builds the standalone panel into the caller's own directory when that copy is missing or older than the browser
// sources (a second `npm start` skips the build). No shared output: two builds at once never meet.
import fs from 'node:fs';
import path from 'node:path';
import { buildStandalone } from '../build_ui';

const ROOT = path.resolve(__dirname, '..', '..');
/** What the browser bundle is made from. */
const UI_SOURCES = [
  path.join(ROOT, 'public'),
  path.join(ROOT, 'common'),
  path.join(ROOT, 'scripts', 'build_ui.ts'),
  path.join(ROOT, 'scripts', 'build'),
  path.join(ROOT, 'package-lock.json'),
  path.join(ROOT, 'tsconfig.json'),
];

/** Makes sure `dir` holds the panel built from the current sources, and returns `dir`. */
export async function ensureUiBuilt(log: (line: string) => void, dir: string): Promise<string> {
  const builtAt = mtimeOf(path.join(dir, 'index.html'));
  if (builtAt !== undefined && newestMtime(UI_SOURCES) <= builtAt) {
    log('[ui] the panel is already built');
    return dir;
  }
  const started = Date.now();
  log('[ui] building the panel');
  // Built beside the target and moved in whole, so an interrupted build never passes for a finished one.
  const staging = `${dir}.building-${process.pid}`;
  try {
    await buildStandalone(staging);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  log(`[ui] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
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
