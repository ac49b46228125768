// Writes a directory into a zip under a prefix, the way Kibana's plugin installer reads it back: sorted entries,
// Unix permissions in each entry (the installer creates files with exactly those), a fixed timestamp.
import { createWriteStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** Entries get this time so that two builds of the same sources give the same bytes. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/** Zips every file under `dir` as `<prefix>/<relative path>`; returns the entry names written. */
export async function zipDirectory(
  dir: string,
  prefix: string,
  zipPath: string,
): Promise<string[]> {
  const files = (await listFiles(dir)).sort();
  const zip = new ZipFile();
  const out = createWriteStream(zipPath);
  zip.outputStream.pipe(out);
  const names: string[] = [];
  for (const file of files) {
    const { mode } = await stat(path.join(dir, file));
    const name = `${prefix}/${file}`;
    // Readable by everyone, executable bits kept (a package's bin script, for instance).
    zip.addBuffer(await readFile(path.join(dir, file)), name, {
      mtime: FIXED_MTIME,
      mode: 0o100000 | (mode & 0o755) | 0o644,
    });
    names.push(name);
  }
  zip.end();
  await finished(out);
  return names;
}
