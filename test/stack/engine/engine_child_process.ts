// Starts an engine and then idles, for the launcher test that kills this process to prove the JVM follows it.
import { startEngine } from './launcher';

void startEngine({ heap: '512m', log: () => undefined }).then(
  (engine) => {
    process.stdout.write(`ENGINE_PID=${engine.pid} ENGINE_DIR=${engine.dataDir}\n`);
    setInterval(() => undefined, 60_000); // stay alive until killed
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
