// What a starting stack has brought up so far, stopped newest first; a failing stop never skips the others.
import type { Logger } from '../engine/maven_build';

interface StopStep {
  name: string;
  stop: () => Promise<void>;
}

export class StopList {
  private readonly steps: StopStep[] = [];
  private stopping: Promise<void> | undefined;

  add(name: string, stop: () => Promise<void>): void {
    this.steps.push({ name, stop });
  }

  /** Stops everything added, newest first. Idempotent: later calls wait for the first. */
  stopAll(log: Logger): Promise<void> {
    this.stopping ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        try {
          await step.stop();
        } catch (error) {
          log(`[stack] stopping ${step.name} failed: ${(error as Error).message}`);
        }
      }
    })();
    return this.stopping;
  }
}
