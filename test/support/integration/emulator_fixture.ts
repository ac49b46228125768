// A Detection Engine emulator over this run's search engine, with the bundled rule loaded and a way to call
// the services as any demo user: the set-up of the integration tests that drive the services in process.
import type { Client } from '@elastic/elasticsearch';
import type { RuleDefinition } from '../../../server/lib/rule';
import { loadBundledRule } from '../../../server/lib/rule_files';
import type { ServiceContext } from '../../../server/lib/service_context';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../stack/kibana';
import { createPatientEsClient } from './patient_client';
import { emulatorServiceContext, type EmulatorCaller } from './service_context';

export interface EmulatorFixture {
  es: Client;
  emulator: RunningEmulator;
  /** The bundled rule's definition. */
  rule: RuleDefinition;
  /** The services' context in `spaceId`; by default as `elastic`, with the bundled rule and the wall clock. */
  context(
    spaceId: string,
    caller?: Partial<Pick<EmulatorCaller, 'username' | 'rule' | 'now'>>,
  ): ServiceContext;
  /** Stops the emulator, then closes the client. */
  stop(): Promise<void>;
}

export async function startEmulatorFixture(
  options: Omit<EmulatorOptions, 'esClient'>,
): Promise<EmulatorFixture> {
  const es = createPatientEsClient();
  try {
    const rule = (await loadBundledRule()).definition;
    // Rules search and users read alerts through the run's authorising proxy, as in the sandbox.
    const emulator = await startEmulator({
      elasticsearchUrl: process.env.ELASTICSEARCH_URL,
      ...options,
      esClient: es,
    });
    return {
      es,
      emulator,
      rule,
      context: (spaceId, caller = {}) =>
        emulatorServiceContext({
          ...caller,
          rule: caller.rule ?? rule,
          kibanaUrl: emulator.url,
          elasticsearch: es,
          spaceId,
        }),
      stop: async () => {
        try {
          await emulator.stop();
        } finally {
          await es.close();
        }
      },
    };
  } catch (error) {
    await es.close();
    throw error;
  }
}
