#!/usr/bin/env node
// The lifeboat command. Lifeboat runs its TypeScript sources through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`lifeboat: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
