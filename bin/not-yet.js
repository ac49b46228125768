#!/usr/bin/env node
// Placeholder for commands whose feature has not landed yet: says so plainly and exits 2.
'use strict';
process.stderr.write(`'${process.argv[2]}' is not yet available in this version of kibana-ssm-recon-rule.\n`);
process.exitCode = 2;
