// The registry of CLI commands, in the order `--help` lists them.
import type { CliCommand } from '../command';
import { kqlCommand } from './kql';

export const commands: CliCommand[] = [kqlCommand];
