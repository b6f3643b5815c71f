#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the CLI is the same source as the extension.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/claimlens.ts');
process.exitCode = await main(process.argv.slice(2));
