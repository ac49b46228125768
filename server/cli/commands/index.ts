// The registry of CLI commands, in the order `--help` lists them.
import type { CliCommand } from '../command';
import { hashCommand } from './hash';
import { kqlCommand } from './kql';
import { payloadCommand } from './payload';
import { validateCommand } from './validate';

export const commands: CliCommand[] = [payloadCommand, hashCommand, validateCommand, kqlCommand];
