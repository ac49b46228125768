// The marker beside the sandbox's engine data: which generator options and code produced it, when, and how far
// the live events reached. Written only after a complete load, so a half-loaded engine is never reused.
import fs from 'node:fs';
import { isRight } from 'fp-ts/Either';
import * as t from 'io-ts';

export const MARKER_FORMAT = 1;

export const GeneratorKey = t.type({
  seed: t.string,
  days: t.number,
  eventsPerDay: t.number,
});
export type GeneratorKey = t.TypeOf<typeof GeneratorKey>;

export const DataMarker = t.type({
  format: t.literal(MARKER_FORMAT),
  generator: GeneratorKey,
  /** Digest of the generator's source files: changed code means different documents. */
  fingerprint: t.string,
  /** The generator's "now": the history ends here. */
  generatedAt: t.string,
  documents: t.number,
  /** Live events were ingested up to here (exclusive). */
  dataUntil: t.string,
});
export type DataMarker = t.TypeOf<typeof DataMarker>;

/** The marker, null when there is none, or 'unreadable' when it is damaged or from another format. */
export function readMarker(file: string): DataMarker | null | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const decoded = DataMarker.decode(JSON.parse(text));
    return isRight(decoded) ? decoded.right : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Replaces the marker atomically (write beside it, then rename), so a crash never leaves half a file. */
export function writeMarker(file: string, marker: DataMarker): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(marker, null, 2)}\n`);
  fs.renameSync(partial, file);
}

export function removeMarker(file: string): void {
  fs.rmSync(file, { force: true });
}
