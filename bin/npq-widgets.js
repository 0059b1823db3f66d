#!/usr/bin/env node
// The published CLI runs the built code; in a clone, `npm run build` first.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
