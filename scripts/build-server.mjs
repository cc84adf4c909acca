#!/usr/bin/env node
// Builds the server and the CLI (src/main.ts and everything it imports) to JavaScript with esbuild (it comes
// with tsx), for bin/lifeboat.js: `node scripts/build-server.mjs [--root <checkout>]`.
//
// Packages are bundled in, but for those EXTERNAL names (below); each dynamic import becomes a chunk of its own,
// so the server, the client commands and the AWS driver still load only when used. build-info.json lists
// every source file of the checkout the build read, and node_modules/.package-lock.json for the packages, with
// its size and mtime: bin/lifeboat.js runs the compiled code only while all of them are unchanged, and the
// TypeScript sources through tsx otherwise.
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

// Most packages are bundled in: a start loaded about 500 modules from node_modules (kysely alone 262 files,
// TypeBox 200, Fastify's CommonJS tree) and spent most of its CPU resolving, reading and compiling them. These stay
// outside, loaded from node_modules as they are: native code (better-sqlite3), what loads only when used and is
// large (the AWS SDK, pg, openid-client), and the build tools (tsx, esbuild). A bundled CommonJS file that finds
// files next to its own code (swagger-ui's assets, pino's transport worker) gets its __dirname and __filename as
// they are in node_modules, computed from the chunk's own URL (chunks sit at dist/server-<id>/, two folders
// below the checkout), so a checkout that moves still works.
const EXTERNAL = [/^@aws-sdk\//, /^@smithy\//, /^@aws-crypto\//, /^better-sqlite3$/, /^pg($|-)/, /^pgpass$/, /^openid-client$/, /^tsx$/, /^esbuild$/];
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const bundledPackages = {
  name: 'lifeboat-externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      if (EXTERNAL.some((pattern) => pattern.test(packageOf(args.path)))) return { path: args.path, external: true };
      return undefined;
    });
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!/\b__(dirname|filename)\b/.test(source)) return undefined;
      const relative = JSON.stringify(path.relative(ROOT, args.path).split(path.sep).join('/'));
      const prologue = `var __filename = __lifeboatFileOf(${relative}), __dirname = __lifeboatDirOf(${relative});`;
      return { contents: `${prologue}\n${source}`, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};
// Each chunk's prologue: `require` for bundled CommonJS code, and where a file of the checkout is.
const BANNER = [
  "import { createRequire as __lifeboatCreateRequire } from 'node:module';",
  "import { fileURLToPath as __lifeboatFileURLToPath } from 'node:url';",
  'const require = __lifeboatCreateRequire(import.meta.url);',
  "const __lifeboatFileOf = (file) => __lifeboatFileURLToPath(new URL('../../' + file, import.meta.url));",
  "const __lifeboatDirOf = (file) => __lifeboatFileURLToPath(new URL('.', new URL('../../' + file, import.meta.url)));",
].join(' ');

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
    plugins: [bundledPackages],
    // Bundled CommonJS code that requires a package left outside (or a Node built-in) goes through this require.
    banner: { js: BANNER },
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

// The checkout's own sources one by one; the bundled packages (about a thousand files) as npm's record of what
// it installed, which every install rewrites: a start checks about 450 files rather than 1,400 (23 → 8 ms).
const sources = {};
const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.split('/').includes('node_modules'));
for (const input of [...inputs, 'node_modules/.package-lock.json']) {
  let stat;
  try {
    stat = fs.statSync(path.join(ROOT, input));
  } catch {
    continue; // node_modules/.package-lock.json is written by npm 7 and later
  }
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
process.stderr.write(`lifeboat: server built to dist/server (${files} files from ${Object.keys(result.metafile.inputs).length} sources, ${Math.round(performance.now() - started)} ms)\n`);
