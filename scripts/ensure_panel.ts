// Builds the standalone panel into the given directory when it is missing or older than the browser sources, and
// prints what it did; `ssm-recon-rule serve` runs it on start so a fresh checkout serves its panel.
// Run: npx tsx scripts/ensure_panel.ts <dir>
import { ensureUiBuilt } from './sandbox/ui_bundle';

const [dir] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: ensure_panel.ts <dir>\n');
  process.exit(2);
}
ensureUiBuilt((line) => process.stdout.write(`${line}\n`), dir).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
