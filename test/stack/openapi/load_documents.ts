// Reads the copied Kibana OpenAPI files and dereferences them, resolving each relative `$ref` against the file's
// original place in the Kibana repository (see source_paths.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import type { FileInfo } from '@apidevtools/json-schema-ref-parser';
import { parse as parseYaml } from 'yaml';
import type { JsonObject } from './json';
import { isJsonObject } from './json';
import { VIRTUAL_SCHEME, localFileFor, virtualUrl } from './source_paths';

/** The folder holding the copied OpenAPI files. */
export const DEFAULT_OPENAPI_DIR = resolve(__dirname, '../../fixtures/kibana-openapi');

export interface OpenApiDocument {
  file: string;
  /** The document with every `$ref` replaced by its target (siblings of a `$ref` merged in). */
  document: JsonObject;
}

/** Parsed YAML per local file. Route files share most targets; each dereference gets its own copy to mutate. */
export type ParsedFiles = Map<string, unknown>;

function parsedCopy(dir: string, file: string, cache: ParsedFiles): unknown {
  if (!cache.has(file)) cache.set(file, parseYaml(readFileSync(join(dir, file), 'utf8')));
  return structuredClone(cache.get(file));
}

/** Dereferences one copied file; throws if any `$ref` points outside the copied set. */
export async function dereferenceFile(
  dir: string,
  file: string,
  cache: ParsedFiles = new Map(),
): Promise<OpenApiDocument> {
  const parser = new $RefParser();
  const document = await parser.dereference(virtualUrl(file), {
    resolve: {
      file: false,
      http: false,
      kibanaSources: {
        order: 1,
        canRead: (info: FileInfo) => info.url.startsWith(VIRTUAL_SCHEME),
        // Hand the parser the file name; it looks the parsed document up in the cache.
        read: (info: FileInfo) => localFileFor(info.url),
      },
    },
    parse: {
      json: false,
      yaml: false,
      text: false,
      binary: false,
      kibanaYaml: {
        order: 1,
        canParse: true,
        parse: (info: FileInfo) => parsedCopy(dir, String(info.data), cache),
      },
    },
    dereference: { circular: false },
  });
  if (!isJsonObject(document)) throw new Error(`${file} is not a YAML mapping`);
  return { file, document: document as JsonObject };
}

/**
 * The request path of a bare Path Item file, named as Kibana's hand-written `paths/` folders name them
 * (`api@actions@connectors.yaml` → `/api/actions/connectors`); null for any other file.
 */
export function pathItemRoute(file: string): string | null {
  return /^api@[^.]+\.yaml$/.test(file)
    ? `/${file.slice(0, -'.yaml'.length).replace(/@/g, '/')}`
    : null;
}

/**
 * Dereferences every copied file that declares at least one path (the route files), and every bare Path Item
 * file, read as a document with that one path.
 */
export async function loadRouteDocuments(
  dir: string = DEFAULT_OPENAPI_DIR,
): Promise<OpenApiDocument[]> {
  const cache: ParsedFiles = new Map();
  const routeFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .filter((f) => {
      const raw = parsedCopy(dir, f, cache);
      if (pathItemRoute(f) !== null) return isJsonObject(raw);
      return isJsonObject(raw) && isJsonObject(raw.paths) && Object.keys(raw.paths).length > 0;
    })
    .sort();
  const documents: OpenApiDocument[] = [];
  for (const f of routeFiles) {
    const loaded = await dereferenceFile(dir, f, cache);
    const route = pathItemRoute(f);
    documents.push(
      route === null ? loaded : { file: f, document: { paths: { [route]: loaded.document } } },
    );
  }
  return documents;
}
