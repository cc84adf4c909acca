#!/usr/bin/env node
// The lifeboat command. `npm install` (the prepare script, scripts/build-server.mjs) compiles src/ to
// dist/server/; the command runs that compiled code while it is up to date with every source file it was
// built from, and otherwise (no build yet, or a source changed since) the TypeScript sources through tsx,
// as in development. LIFEBOAT_RUN_SOURCE=1 always runs the sources.
import fs from 'node:fs';
import { compiledEntry } from './compiled-entry.js';

const ROOT = new URL('../', import.meta.url);

// A command's output read only in part (`lifeboat … | head`): the reader has all it wanted, so the command ends
// quietly. (Not the server's: its log going nowhere is a failure.)
if (process.argv[2] !== 'serve' && process.argv[2] !== 'worker') {
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

// --version answers before anything is loaded (no build check, no TypeScript).
if (process.argv[2] === '--version' || process.argv[2] === '-V' || process.argv[2] === 'version') {
  const { version } = JSON.parse(fs.readFileSync(new URL('package.json', ROOT), 'utf8'));
  process.stdout.write(`lifeboat ${version}\n`);
  process.exit(0);
}

let entry = process.env.LIFEBOAT_RUN_SOURCE === '1' ? undefined : compiledEntry(ROOT);
if (entry === undefined) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('src/main.ts', ROOT).href;
}
const { main } = await import(entry);
await main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`lifeboat: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
