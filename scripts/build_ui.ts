// Builds the browser code with esbuild and reports bundle sizes:
// - target/public/standalone/: the page the standalone host serves at `/` (index.html, the entry and
//   its lazy chunks, ESM with code splitting; React, EUI and charts bundled since no Kibana is around; its icon,
//   drawn here as SVG and as a 32-pixel ICO for browsers that ask for /favicon.ico whatever the page links);
// - target/public/plugin/: the Kibana plugin's browser code with Kibana's shared dependencies taken from the
//   page as in the installable bundle (scripts/build/), measured to keep the page-load entry small.
// Run: npx tsx scripts/build_ui.ts [--quiet]   (writes target/public/bundle_sizes.json)
import { build } from 'esbuild';
import type { BuildOptions, Metafile } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { browserBuildOptions } from './build/browser_build_options';
import { kibanaSharedDepsPlugin } from './build/shared_deps_plugin';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'target', 'public');
const STANDALONE_OUT = join(OUT, 'standalone');
const PLUGIN_OUT = join(OUT, 'plugin');

const ICON_ASSETS = /@elastic\/eui\/es\/components\/icon\/assets\//;

export const PLUGIN_ENTRY = 'public/index.ts';

/** Goal for the Kibana page-load entry, gzipped. */
export const PAGE_LOAD_BUDGET_BYTES = 10 * 1024;

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  entry: FileSize;
  /** Chunks loaded on demand (the panel, the shell, the chart, the markdown renderer), largest first. */
  lazy: FileSize[];
  lazyGzipBytes: number;
  /** EUI icons: one tiny chunk per icon, fetched only for the icons on screen. */
  iconChunks: number;
  iconGzipBytes: number;
}

export interface UiBuildReport {
  plugin: BundleReport;
  standalone: BundleReport;
  pageLoadBudgetBytes: number;
}

/** ES modules with code splitting, so that what is not on screen yet stays in chunks loaded on demand. */
const COMMON: BuildOptions = {
  ...browserBuildOptions(ROOT),
  splitting: true,
  format: 'esm',
  logLevel: 'warning',
};

async function sizeOf(file: string): Promise<FileSize> {
  const content = await readFile(file);
  return {
    file: relative(ROOT, file),
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}

async function report(metafile: Metafile | undefined, entrySource: string): Promise<BundleReport> {
  if (!metafile) throw new Error('esbuild returned no metafile');
  const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const entryOutput = outputs.find(([, output]) => output.entryPoint === entrySource);
  if (!entryOutput) throw new Error(`No output for ${entrySource}`);
  const entry = await sizeOf(join(ROOT, entryOutput[0]));
  const others = outputs.filter(([file]) => file !== entryOutput[0]);
  const isIcon = ([, output]: (typeof others)[number]) => {
    const inputs = Object.keys(output.inputs);
    return inputs.length > 0 && inputs.every((input) => ICON_ASSETS.test(input));
  };
  const lazy = await Promise.all(
    others.filter((o) => !isIcon(o)).map(([file]) => sizeOf(join(ROOT, file))),
  );
  const icons = await Promise.all(others.filter(isIcon).map(([file]) => sizeOf(join(ROOT, file))));
  lazy.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const total = (files: FileSize[]) => files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return {
    entry,
    lazy,
    lazyGzipBytes: total(lazy),
    iconChunks: icons.length,
    iconGzipBytes: total(icons),
  };
}

// The page's icon: a magnifying glass on a blue tile, the same drawing as SVG (linked from the page) and as a
// 32-pixel PNG inside an ICO (browsers that ignore the link ask for /favicon.ico). Written by the build, so no
// binary file lives in the repository; the host's Content-Security-Policy allows images from 'self'.
const ICON_BLUE = [11, 100, 221] as const;
const ICON = { size: 32, radius: 6, lens: { x: 13.5, y: 13.5, r: 7, width: 3 }, handle: 3.5 };

export function faviconSvg(): string {
  const { size, radius, lens, handle } = ICON;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" rx="${radius}" fill="rgb(${ICON_BLUE.join(',')})"/>` +
    `<circle cx="${lens.x}" cy="${lens.y}" r="${lens.r}" fill="none" stroke="#fff" stroke-width="${lens.width}"/>` +
    `<path d="M18.5 18.5L25 25" stroke="#fff" stroke-width="${handle}" stroke-linecap="round"/>` +
    '</svg>\n'
  );
}

/** Whether a point (in the SVG's units) lies on the tile, and on its white lens or handle. */
function iconAt(x: number, y: number): { tile: boolean; white: boolean } {
  const { size, radius, lens, handle } = ICON;
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  const tile = Math.hypot(x - cx, y - cy) <= radius;
  const ring = Math.abs(Math.hypot(x - lens.x, y - lens.y) - lens.r) <= lens.width / 2;
  // Distance to the handle's segment from (18.5, 18.5) to (25, 25), round caps.
  const t = Math.min(Math.max((x - 18.5 + (y - 18.5)) / 2 / 6.5, 0), 1);
  const px = 18.5 + t * 6.5;
  const stick = Math.hypot(x - px, y - px) <= handle / 2;
  return { tile, white: tile && (ring || stick) };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The icon as an RGBA PNG, each pixel averaged over 4×4 samples so the edges are smooth. */
function faviconPng(): Buffer {
  const { size } = ICON;
  const samples = 4;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0: none
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const at = iconAt(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
          if (at.tile) tile++;
          if (at.white) white++;
        }
      }
      const share = tile === 0 ? 0 : white / tile;
      const channel = (blue: number) => Math.round(blue + (255 - blue) * share);
      row.set([...ICON_BLUE.map(channel), Math.round((255 * tile) / samples ** 2)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO holding the PNG: every browser since IE reads PNG entries. */
export function faviconIco(): Buffer {
  const png = faviconPng();
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(ICON.size, 6);
  header.writeUInt8(ICON.size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png]);
}

function indexHtml(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>AWS SSM Recon Rule · Elastic Security</title>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <style>
      body { margin: 0; font-family: Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif; }
      .ssm-recon-boot { padding: 48px; color: #516381; font-size: 14px; }
    </style>
  </head>
  <body>
    <div id="ssm-recon-root"><p class="ssm-recon-boot" role="status">Loading the AWS SSM Recon Rule panel…</p></div>
    <script type="module" src="./index.js"></script>
  </body>
</html>
`;
}

/** Builds the standalone page into `outdir` (replacing what is there); index.html is written last. */
export async function buildStandalone(outdir = STANDALONE_OUT): Promise<BundleReport> {
  await rm(outdir, { recursive: true, force: true });
  const entrySource = 'public/standalone/index.ts';
  const result = await build({
    ...COMMON,
    entryPoints: { index: entrySource },
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
  });
  // Chart tooltips and legends need the library's stylesheet (the shell links the one for its theme);
  // Kibana loads it itself.
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      charts_light: require.resolve('@elastic/charts/dist/theme_only_light.css'),
      charts_dark: require.resolve('@elastic/charts/dist/theme_only_dark.css'),
    },
    outdir,
    bundle: true,
    minify: true,
    logLevel: 'warning',
  });
  await writeFile(join(outdir, 'favicon.svg'), faviconSvg());
  await writeFile(join(outdir, 'favicon.ico'), faviconIco());
  await writeFile(join(outdir, 'index.html'), indexHtml());
  return report(result.metafile, entrySource);
}

/** esbuild options for the Kibana plugin's browser code (exported so tests can build it in memory). */
export function pluginBuildOptions(outdir: string): BuildOptions {
  return {
    ...COMMON,
    entryPoints: { ssmReconRule: PLUGIN_ENTRY },
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    // Shared dependencies come from the page, as in the installable bundle.
    plugins: [kibanaSharedDepsPlugin()],
  };
}

async function buildPlugin(): Promise<BundleReport> {
  await rm(PLUGIN_OUT, { recursive: true, force: true });
  const result = await build(pluginBuildOptions(PLUGIN_OUT));
  return report(result.metafile, PLUGIN_ENTRY);
}

export async function buildUi(): Promise<UiBuildReport> {
  await mkdir(OUT, { recursive: true });
  const plugin = await buildPlugin();
  const standalone = await buildStandalone();
  const result = { plugin, standalone, pageLoadBudgetBytes: PAGE_LOAD_BUDGET_BYTES };
  await mkdir(dirname(join(OUT, 'bundle_sizes.json')), { recursive: true });
  await writeFile(join(OUT, 'bundle_sizes.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatUiReport(result: UiBuildReport): string {
  const lines = [
    'Browser bundles (gzip / raw):',
    `  Kibana page-load entry   ${kb(result.plugin.entry.gzipBytes)} / ${kb(result.plugin.entry.bytes)}` +
      `  (goal ≤ ${kb(result.pageLoadBudgetBytes)} gzip, shared deps external)`,
    `  Kibana lazy app chunks   ${kb(result.plugin.lazyGzipBytes)} in ${result.plugin.lazy.length} file(s)`,
    `  Standalone entry         ${kb(result.standalone.entry.gzipBytes)} / ${kb(result.standalone.entry.bytes)}`,
    `  Standalone lazy chunks   ${kb(result.standalone.lazyGzipBytes)} in ${result.standalone.lazy.length} file(s)` +
      ' (React, EUI and charts included), largest:',
    ...result.standalone.lazy
      .slice(0, 4)
      .map(
        (file) => `    ${basename(file.file).padEnd(34)} ${kb(file.gzipBytes)} / ${kb(file.bytes)}`,
      ),
    `  EUI icon chunks          ${result.standalone.iconChunks} (one per icon, fetched when shown)`,
  ];
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  buildUi().then(
    (result) => {
      if (!process.argv.includes('--quiet')) process.stdout.write(formatUiReport(result));
      if (result.plugin.entry.gzipBytes > result.pageLoadBudgetBytes) {
        process.stderr.write('The Kibana page-load entry is over its size goal.\n');
        process.exitCode = 1;
      }
    },
    (error: unknown) => {
      process.stderr.write(`build_ui: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
