#!/usr/bin/env node
// Builds the server and the CLI (src/main.ts and everything it imports) to JavaScript with esbuild (it comes
// with tsx), for bin/lifeboat.js: `node scripts/build-server.mjs [--root <checkout>]`.
//
// Packages stay external (node_modules is loaded as it is); each dynamic import becomes a chunk of its own,
// so the server, the client commands and the AWS driver still load only when used. build-info.json lists
// every source file the build read with its size and mtime: bin/lifeboat.js runs the compiled code only
// while all of them are unchanged, and the TypeScript sources through tsx otherwise.
//
// Each build goes to a folder of its own (dist/server-<id>/) and dist/server is then switched to it by
// renaming a symlink over it (atomic), so a process starting meanwhile sees the old build or the new one,
// never half of one. The previous build is kept (a process started on it may still load a chunk); older
// ones are removed. A failed build exits 1 with esbuild's errors and leaves dist/server as it was, so
// `npm install` (the prepare script) fails loudly.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const ROOT = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const DIST = path.join(ROOT, 'dist');
const LINK = path.join(DIST, 'server');
const id = `${Date.now().toString(36)}-${process.pid}`;
// Every output file sits at the depth of src/<dir>/*.ts (dist/server-<id>/*.js, no chunk folder): code
// that finds files relative to its own module (src/app/console.ts: ../../web/dist/) finds the same ones.
const OUT = path.join(DIST, `server-${id}`);
const started = performance.now();

let result;
try {
  result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/main.ts' },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
} catch (error) {
  // esbuild has printed the errors (file, line and message) already.
  fs.rmSync(OUT, { recursive: true, force: true });
  process.stderr.write(`lifeboat: building the server failed (${error instanceof Error ? error.message.split('\n')[0] : error}); dist/server is unchanged\n`);
  process.exit(1);
}

const sources = {};
for (const input of Object.keys(result.metafile.inputs)) {
  const stat = fs.statSync(path.join(ROOT, input));
  sources[input] = [stat.size, stat.mtimeMs];
}
fs.writeFileSync(path.join(OUT, 'package.json'), '{ "type": "module" }\n');
fs.writeFileSync(path.join(OUT, 'build-info.json'), JSON.stringify({ builtAt: new Date().toISOString(), sources }) + '\n');

// Switch dist/server to the new build. An older layout (dist/server as a folder) is moved aside first.
let previous;
try {
  previous = fs.readlinkSync(LINK);
} catch (error) {
  if (error.code === 'EINVAL') fs.renameSync(LINK, path.join(DIST, `server-old-${id}`));
}
const tempLink = path.join(DIST, `.server-${id}`);
fs.symlinkSync(path.basename(OUT), tempLink);
fs.renameSync(tempLink, LINK);
for (const name of fs.readdirSync(DIST)) {
  if (/^server-/.test(name) && name !== path.basename(OUT) && name !== previous) fs.rmSync(path.join(DIST, name), { recursive: true, force: true });
}

const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')).length;
process.stderr.write(`lifeboat: server built to dist/server (${files} files from ${Object.keys(sources).length} sources, ${Math.round(performance.now() - started)} ms)\n`);
