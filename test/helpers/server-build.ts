// Vitest's global set-up: the tests that spawn `node bin/lifeboat.js` (fault, startup, CLI, webhooks) run
// the compiled server, as an installed Lifeboat does. `npm ci` builds it (the prepare script); a checkout
// where it is missing or older than a source gets it built here, once, before any test file starts (a few
// seconds). A failed build stops the run with esbuild's errors.
import { execFileSync } from 'node:child_process';
import { compiledEntry } from '../../bin/compiled-entry.js';

const ROOT = new URL('../../', import.meta.url);

export default function setup(): void {
  if (compiledEntry(ROOT)) return;
  execFileSync(process.execPath, [new URL('scripts/build-server.mjs', ROOT).pathname], { stdio: 'inherit' });
  if (!compiledEntry(ROOT)) throw new Error('scripts/build-server.mjs ran, but dist/server is still not up to date with src/');
}
