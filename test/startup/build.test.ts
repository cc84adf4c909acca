// The compiled server (scripts/build-server.mjs → dist/server, run by bin/lifeboat.js while it is up to date)
// and what a start-up loads. The build tests work on a small checkout of their own in a temp folder (its own
// src/, bin/ copied, node_modules linked), so they never replace this checkout's dist/server under the tests
// that spawn it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, killLifeboatProcesses, lifeboatProcess } from '../helpers/process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = path.join(ROOT, 'scripts/build-server.mjs');
const temps: string[] = [];

afterAll(async () => {
  await killLifeboatProcesses();
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LIFEBOAT_')));
  return new Promise((resolve) => {
    execFile(process.execPath, [...args], { cwd, env: { ...base, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** A checkout with src/main.ts (which imports src/where.ts and prints where it runs from), bin/ and node_modules. */
function checkout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-build-'));
  temps.push(dir);
  fs.mkdirSync(path.join(dir, 'src'));
  fs.mkdirSync(path.join(dir, 'bin'));
  for (const file of ['lifeboat.js', 'compiled-entry.js']) fs.copyFileSync(path.join(ROOT, 'bin', file), path.join(dir, 'bin', file));
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  // The packages are the checkout's, each linked; npm's record of the install is a copy, so a test can rewrite it.
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name === '.package-lock.json') fs.copyFileSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
    else fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
  fs.writeFileSync(path.join(dir, 'src/where.ts'), "export const label: string = 'first';\n");
  fs.writeFileSync(path.join(dir, 'src/main.ts'), [
    "import { label } from './where.ts';",
    'export async function main(argv: readonly string[]): Promise<void> {',
    "  process.stdout.write(`${label} ${new URL(import.meta.url).pathname} ${argv.join(' ')}\\n`);",
    '}',
    '',
  ].join('\n'));
  return dir;
}

describe('the compiled server (scripts/build-server.mjs and bin/lifeboat.js)', () => {
  it('runs the compiled code while every source is unchanged, the sources through tsx once one changes', async () => {
    const dir = checkout();
    const bin = path.join(dir, 'bin/lifeboat.js');

    // No build yet: the sources, through tsx.
    expect((await run([bin, 'a'])).stdout).toBe(`first ${path.join(dir, 'src/main.ts')} a\n`);

    const built = await run([BUILD, '--root', dir]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/server built to dist\/server \(\d+ files from 2 sources/);
    const info = JSON.parse(fs.readFileSync(path.join(dir, 'dist/server/build-info.json'), 'utf8'));
    // The packages it bundles stand as npm's record of the install, which every install rewrites.
    expect(Object.keys(info.sources).sort()).toEqual(['node_modules/.package-lock.json', 'src/main.ts', 'src/where.ts']);

    const compiled = await run([bin, 'b']);
    expect(compiled.stdout).toMatch(new RegExp(`^first ${dir}/dist/server-[^/]+/main\\.js b\\n$`));
    // LIFEBOAT_RUN_SOURCE=1 always runs the sources.
    expect((await run([bin, 'c'], { LIFEBOAT_RUN_SOURCE: '1' })).stdout).toBe(`first ${path.join(dir, 'src/main.ts')} c\n`);

    // A change to a file main.ts imports (not main.ts itself) makes the build stale: the change shows at once.
    fs.writeFileSync(path.join(dir, 'src/where.ts'), "export const label: string = 'second';\n");
    expect((await run([bin, 'd'])).stdout).toBe(`second ${path.join(dir, 'src/main.ts')} d\n`);

    // Built again: compiled again, with the change, and the build before it is kept beside it (not older ones).
    expect((await run([BUILD, '--root', dir])).code).toBe(0);
    expect((await run([bin, 'e'])).stdout).toMatch(new RegExp(`^second ${dir}/dist/server-[^/]+/main\\.js e\\n$`));
    expect((await run([BUILD, '--root', dir])).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'dist')).filter((name) => name.startsWith('server-'))).toHaveLength(2);

    // Packages installed or updated since the build (npm rewrote its record): the sources again, until built.
    fs.appendFileSync(path.join(dir, 'node_modules/.package-lock.json'), '\n');
    expect((await run([bin, 'f'])).stdout).toBe(`second ${path.join(dir, 'src/main.ts')} f\n`);
  }, 120_000);

  it('a build that fails exits 1 naming the file and the error, and leaves the previous build as it was', async () => {
    const dir = checkout();
    expect((await run([BUILD, '--root', dir])).code).toBe(0);
    const before = fs.readlinkSync(path.join(dir, 'dist/server'));

    fs.writeFileSync(path.join(dir, 'src/where.ts'), 'export const label: string = ;\n');
    const failed = await run([BUILD, '--root', dir]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('src/where.ts');
    expect(failed.stderr).toContain('lifeboat: building the server failed');
    expect(fs.readlinkSync(path.join(dir, 'dist/server'))).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'dist')).filter((name) => name.startsWith('server-'))).toEqual([before]);
  }, 60_000);

  it('npm install builds it: the prepare script runs the build first and fails when it fails', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepare).toMatch(/^node scripts\/build-server\.mjs && /);
    expect(pkg.scripts.start).toBe('node bin/lifeboat.js serve');
  });
});

describe('what a start-up loads', () => {
  // `lifeboat migrate` builds the whole app (store, cloud, services, routes) and exits; the probe then lists
  // the AWS SDK modules the process loaded. It runs the compiled server, as the bin does after npm install.
  const dataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-probe-'));
    temps.push(dir);
    return dir;
  };
  const probe = (cloud: string) => run(['-e', `(async () => {
    const { main } = await import(${JSON.stringify(path.join(ROOT, 'dist/server/main.js'))});
    await main(['migrate']);
    process.stdout.write('aws-sdk modules: ' + Object.keys(require.cache).filter((file) => file.includes('@aws-sdk')).length + '\\n');
  })()`], { LIFEBOAT_CLOUD: cloud, LIFEBOAT_DATA_DIR: dataDir(), LIFEBOAT_DEMO: 'false' });

  // With LIFEBOAT_CLOUD=aws the driver is built, but each SDK client package waits for its service's first call
  // (test/aws/lazy-sdk.test.ts shows a verify loading STS's alone).
  it('no AWS SDK module is loaded at start, on the simulated cloud or with LIFEBOAT_CLOUD=aws', async () => {
    const sim = await probe('sim');
    expect(sim.code, sim.stderr).toBe(0);
    expect(sim.stdout).toContain('lifeboat: migrations applied');
    expect(sim.stdout).toContain('aws-sdk modules: 0\n');
    const aws = await probe('aws');
    expect(aws.code, aws.stderr).toBe(0);
    expect(aws.stdout).toContain('lifeboat: migrations applied');
    expect(aws.stdout).toContain('aws-sdk modules: 0\n');
  }, 120_000);
});

describe('the compiled server with its packages bundled in', () => {
  // Bundled packages that read files beside their own code at run time (swagger-ui's assets) still find them.
  it('serves the API reference page, its assets and the OpenAPI document, as the sources do', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-bundle-'));
    temps.push(dataDir);
    const port = await freePort();
    const server = lifeboatProcess(['serve'], { LIFEBOAT_DATA_DIR: dataDir, LIFEBOAT_PORT: String(port), LIFEBOAT_DEMO: 'false' });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
      if (ready) break;
      if (i > 600) throw new Error(`the server did not start: ${server.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const page = await fetch(`${base}/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Lifeboat API reference');
    const css = await fetch(`${base}/docs/static/swagger-ui.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await css.text()).length).toBeGreaterThan(10_000);
    const yaml = await fetch(`${base}/docs/yaml`);
    expect(yaml.status).toBe(200);
    expect(await yaml.text()).toMatch(/^openapi: 3/m);
    const spec = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths).length).toBeGreaterThan(50);
  }, 90_000);
});
