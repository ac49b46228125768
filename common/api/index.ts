// The contract between the plugin's routes and its clients (browser, standalone host, tests).
export * from './routes';
export * from './error';
export * from './field_change';
export * from './rule_summary';
export * from './status';
export * from './deploy';
export * from './readiness';
export * from './alerts';
export * from './guide';
export * from './triage';
export * from './pivots';
export * from './notifications';
export * from './exceptions';
export * from './backtest';
