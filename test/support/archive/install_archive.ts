// Installs a plugin archive the way `bin/kibana-plugin install file:///…zip` does: finds the plugin by its
// kibana/<dir>/kibana.json entry, refuses a kibanaVersion other than Kibana's own, and extracts
// kibana/<dir>/ into plugins/<id>/ creating each file with the Unix mode stored in the zip.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

export interface ArchivedPlugin {
  id: string;
  /** e.g. `kibana/ssmReconRule` */
  stripPrefix: string;
  kibanaVersion: string;
}

export interface ZipEntryInfo {
  name: string;
  /** Unix mode from the entry's external attributes (what the installer creates the file with). */
  mode: number;
  size: number;
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );
}

function readStream(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
  );
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Calls `visit` for each entry in order, one at a time. */
async function eachEntry(file: string, visit: (zip: ZipFile, entry: Entry) => Promise<void>) {
  const zip = await openZip(file);
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      visit(zip, entry).then(() => zip.readEntry(), reject);
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  // yauzl closes the file itself after the last entry (autoClose).
}

export async function listEntries(file: string): Promise<ZipEntryInfo[]> {
  const entries: ZipEntryInfo[] = [];
  await eachEntry(file, async (_zip, entry) => {
    entries.push({
      name: entry.fileName,
      mode: entry.externalFileAttributes >>> 16,
      size: entry.uncompressedSize,
    });
  });
  return entries;
}

export async function readEntry(file: string, name: string): Promise<Buffer> {
  let found: Buffer | undefined;
  await eachEntry(file, async (zip, entry) => {
    if (entry.fileName === name) found = await readAll(await readStream(zip, entry));
  });
  if (!found) throw new Error(`${name} is not in ${file}`);
  return found;
}

/** The plugins an archive holds, as the installer's analysis finds them. */
export async function analyzeArchive(file: string): Promise<ArchivedPlugin[]> {
  const plugins: ArchivedPlugin[] = [];
  const manifestPath = /^(kibana[\\/][^\\/]+)[\\/]kibana\.json$/i;
  await eachEntry(file, async (zip, entry) => {
    const match = manifestPath.exec(entry.fileName);
    if (!match) return;
    const manifest = JSON.parse((await readAll(await readStream(zip, entry))).toString()) as {
      id: string;
      version: string;
      kibanaVersion?: string;
    };
    plugins.push({
      id: manifest.id,
      stripPrefix: match[1],
      kibanaVersion: manifest.kibanaVersion || manifest.version,
    });
  });
  return plugins;
}

/** Installs the archive's single plugin into `<kibanaHome>/plugins/<id>`; returns that directory. */
export async function installArchive(
  file: string,
  kibanaHome: string,
  kibanaVersion: string,
): Promise<string> {
  const plugins = await analyzeArchive(file);
  if (plugins.length !== 1)
    throw new Error(`expected one plugin in the archive, found ${plugins.length}`);
  const [plugin] = plugins;
  if (plugin.kibanaVersion !== kibanaVersion) {
    throw new Error(
      `Plugin ${plugin.id} [${plugin.kibanaVersion}] is incompatible with Kibana [${kibanaVersion}]`,
    );
  }
  const target = path.join(kibanaHome, 'plugins', plugin.id);
  const prefix = `${plugin.stripPrefix}/`;
  await eachEntry(file, async (zip, entry) => {
    if (!entry.fileName.startsWith(prefix)) return;
    const destination = path.join(target, entry.fileName.slice(prefix.length));
    if (!destination.startsWith(`${target}${path.sep}`)) {
      throw new Error(`${entry.fileName} leaves the plugin directory`);
    }
    if (entry.fileName.endsWith('/')) {
      await mkdir(destination, { recursive: true });
      return;
    }
    await mkdir(path.dirname(destination), { recursive: true });
    await pipeline(
      await readStream(zip, entry),
      createWriteStream(destination, { mode: entry.externalFileAttributes >>> 16 }),
    );
  });
  return target;
}
