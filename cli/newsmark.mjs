#!/usr/bin/env node
// The `newsmark` command: loads the TypeScript engine through tsx, so the CLI
// runs exactly the code the extension bundles. See cli/main.ts.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
