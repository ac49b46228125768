// Set-up file of the Jest project that runs the engine-sensitive suites a second time: it points the test file at
// the engine that is not the run's default (OpenSearch when SSM_RECON_ENGINE is unset).
import { engineFromEnv, otherEngine } from '../engine/engine_kind';
import { selectEngine } from './engine_env';

selectEngine(otherEngine(engineFromEnv(process.env)), process.env);
