// Layout of the sandbox's cache directory, kept between runs.
import path from 'node:path';
import type { EngineKind } from '../../test/stack/engine/engine_kind';

export interface SandboxPaths {
  /** Home of the embedded search engine (its data survives a restart). */
  engineDir: string;
  /** What the engine holds: generator options, when it was generated, how far live events reached. */
  markerFile: string;
  /** The sandbox's own copy of the built panel. */
  uiDir: string;
  /** The process id of a running sandbox, so two never share one engine directory. */
  pidFile: string;
}

/** The engines keep their data in their own formats, so each has its own folder and marker. */
export function sandboxPaths(cacheDir: string, engine: EngineKind): SandboxPaths {
  return {
    engineDir: path.join(cacheDir, `engine-${engine}`),
    markerFile: path.join(cacheDir, `data-${engine}.json`),
    pidFile: path.join(cacheDir, 'sandbox.pid'),
    uiDir: path.join(cacheDir, 'ui'),
  };
}
