// Layout of the sandbox's cache directory, kept between runs.
import path from 'node:path';

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

export function sandboxPaths(cacheDir: string): SandboxPaths {
  return {
    engineDir: path.join(cacheDir, 'engine'),
    markerFile: path.join(cacheDir, 'data.json'),
    pidFile: path.join(cacheDir, 'sandbox.pid'),
    uiDir: path.join(cacheDir, 'ui'),
  };
}
