#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript, run through tsx so a fresh clone needs no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
