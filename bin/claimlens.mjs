#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the CLI is the same source as the extension.
import { register } from 'tsx/esm/api';

register();
// a reader that stops reading (`claimlens analyze big.txt | head`) is no error
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../cli/claimlens.ts');
process.exitCode = await main(process.argv.slice(2));
