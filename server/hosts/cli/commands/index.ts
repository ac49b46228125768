// The registry of CLI commands, in the order `--help` lists them.
import type { CliCommand } from '../command';
import { alertsCommand } from './alerts';
import { backtestCommand } from './backtest';
import { deployCommand } from './deploy';
import { exceptionsCommand } from './exceptions';
import { hashCommand } from './hash';
import { kqlCommand } from './kql';
import { payloadCommand } from './payload';
import { readinessCommand } from './readiness';
import { serveCommand } from './serve';
import { statusCommand } from './status';
import { validateCommand } from './validate';

export const commands: CliCommand[] = [
  deployCommand,
  statusCommand,
  readinessCommand,
  alertsCommand,
  backtestCommand,
  exceptionsCommand,
  serveCommand,
  payloadCommand,
  hashCommand,
  validateCommand,
  kqlCommand,
];
