// The sandbox's data step: keep the CloudTrail data the engine already holds when the marker allows it (after a
// cheap count confirms it is there), or generate it again; either way the live trickle carries on from its end.
import type { Client } from '@elastic/elasticsearch';
import { cloudTrailIndex, resolveOptions } from '../../test/stack/data/generator_options';
import { installTemplates, loadGeneratedData } from '../../test/stack/cli/generated_data';
import type { DataOutcome, DataStep } from '../../test/stack/cli/start_stack';
import { trickleOptionsFor, type TrickleRate } from '../../test/stack/cli/trickle_options';
import type { DataDecision } from './data_decision';
import {
  MARKER_FORMAT,
  removeMarker,
  writeMarker,
  type DataMarker,
  type GeneratorKey,
} from './data_marker';

export interface SandboxDataPlan {
  decision: DataDecision;
  /** The marker the decision was made from (when reusing). */
  marker: DataMarker | null;
  generator: GeneratorKey;
  fingerprint: string;
  rate: TrickleRate;
  markerFile: string;
}

/** Called with the marker once the data is in place, so the caller can keep `dataUntil` current. */
export type OnDataReady = (marker: DataMarker) => void;

const ALERTS_INDICES = '.internal.alerts-security.alerts-*';

export function sandboxDataStep(
  plan: SandboxDataPlan,
  log: (line: string) => void,
  onReady: OnDataReady,
): DataStep {
  return async (client, signal) => {
    // Rules live only in the emulator's memory, so alerts of an earlier run would belong to no rule.
    await client.indices.delete({ index: ALERTS_INDICES, ignore_unavailable: true });
    const options = resolveOptions({ ...plan.generator });
    // The trickle's organisation depends on the generator options only, not on when they ran.
    const continueFrom = (fromMs: number): DataOutcome => ({
      trickle: { options: trickleOptionsFor(options, plan.rate), fromMs },
    });
    if (plan.decision.action === 'reuse' && plan.marker) {
      const kept = await keptDocuments(client, options.namespace);
      if (kept >= plan.marker.documents) {
        await installTemplates(client, options.namespace);
        const { resumeFromMs, gapMs } = plan.decision;
        log(
          `[data] reusing ${kept.toLocaleString('en')} documents generated ${plan.marker.generatedAt}` +
            (gapMs > 0 ? ` (no events for the ${formatGap(gapMs)} the sandbox was stopped)` : ''),
        );
        onReady(plan.marker);
        return continueFrom(resumeFromMs);
      }
      log(
        `[data] the engine holds ${kept} documents where ${plan.marker.documents} were loaded: generating again`,
      );
    } else if (plan.decision.action === 'generate') {
      log(`[data] generating new data: ${plan.decision.reason}`);
    }
    removeMarker(plan.markerFile);
    await removeLogs(client);
    const nowMs = Date.now();
    const loaded = await loadGeneratedData(client, { ...plan.generator, now: nowMs }, log, signal);
    const marker: DataMarker = {
      format: MARKER_FORMAT,
      generator: plan.generator,
      fingerprint: plan.fingerprint,
      generatedAt: new Date(nowMs).toISOString(),
      documents: loaded.load.documents,
      dataUntil: new Date(nowMs).toISOString(),
    };
    writeMarker(plan.markerFile, marker);
    onReady(marker);
    return continueFrom(nowMs);
  };
}

async function keptDocuments(client: Client, namespace: string): Promise<number> {
  try {
    const { count } = await client.count({ index: cloudTrailIndex(namespace) });
    return count;
  } catch {
    return 0; // no such data stream
  }
}

/** Data of an earlier, abandoned load. */
async function removeLogs(client: Client): Promise<void> {
  await client.indices.deleteDataStream({ name: 'logs-aws.cloudtrail-*' }).catch(() => undefined);
  await client.indices
    .delete({ index: 'filebeat-*', ignore_unavailable: true })
    .catch(() => undefined);
}

function formatGap(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes < 120 ? `${minutes} min` : `${(minutes / 60).toFixed(1)} h`;
}
