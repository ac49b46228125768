#!/usr/bin/env node
// Entry point of the `ssm-recon-rule` command: runs the TypeScript CLI through tsx's require hook.
'use strict';
require('tsx/cjs');
const { main } = require('../server/hosts/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `ssm-recon-rule: ${error && error.message ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
