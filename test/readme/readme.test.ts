// The README's shell blocks, run as a newcomer pastes them: against a fresh `lifeboat serve` (its own data dir,
// port and database), in a folder whose `data` is that server's data dir, one bash per block, in the README's
// order. A block fails the test if any of its commands fails (bash -e, pipefail). Blocks preceded by
// `<!-- not-run -->` (npm install, npm start, npm test, a PostgreSQL set-up) are not run.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/stores.ts';
import { freePort } from '../helpers/process.ts';
import { pollUntil } from '../helpers/wait.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const NOT_RUN = '<!-- not-run -->';
/** The address the README's examples use (npm start's default). */
const README_ORIGIN = 'http://127.0.0.1:8080';

export interface ShellBlock {
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly text: string;
  readonly run: boolean;
}

/** Every ```sh (or bash, shell) block of a Markdown text, with whether the line before its fence says not to run it. */
export function shellBlocks(markdown: string): ShellBlock[] {
  const lines = markdown.split('\n');
  const blocks: ShellBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    if (end < 0) throw new Error(`README.md:${i + 1}: a code block that is never closed`);
    if (['sh', 'bash', 'shell'].includes(fence[1]!)) {
      let previous = i - 1;
      while (previous >= 0 && lines[previous]!.trim() === '') previous--;
      blocks.push({ line: i + 1, text: lines.slice(i + 1, end).join('\n'), run: lines[previous]?.trim() !== NOT_RUN });
    }
    i = end;
  }
  return blocks;
}

/** The environment without the caller's LIFEBOAT_* variables: a newcomer's shell. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LIFEBOAT_')));
  return { ...base, NO_COLOR: '1', ...extra };
}

function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const file = path.join(cwd, 'block.sh');
    fs.writeFileSync(file, `set -eo pipefail\nshopt -s inherit_errexit\n${script}\n`);
    execFile('bash', [file], { cwd, env, timeout: 150_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, output: `${stdout}\n--- stderr ---\n${stderr}` });
    });
  });
}

describe('the README', () => {
  const blocks = shellBlocks(README);

  it('has shell blocks to run, and marks the few it does not run', () => {
    expect(blocks.filter((b) => b.run).length).toBeGreaterThanOrEqual(3);
    const skipped = blocks.filter((b) => !b.run);
    expect(skipped.length).toBeLessThanOrEqual(4);
    // What is not run is what a test cannot do for a reader: install, start, test, set up PostgreSQL.
    for (const block of skipped) expect(block.text).toMatch(/npm (install|start|test)|LIFEBOAT_DATABASE_URL/);
  });

  it('never says "seed" for a reference page, and uses npx lifeboat (no bare lifeboat) in what it runs', () => {
    expect(README).not.toMatch(/\b[Ss]eeds? 00\d/);
    for (const block of blocks.filter((b) => b.run)) {
      for (const line of block.text.split('\n')) {
        expect(line, `README.md:${block.line}`).not.toMatch(/(^|[;&|(]\s*)lifeboat /);
        expect(line, `README.md:${block.line}: a placeholder`).not.toMatch(/<id>|rec-…|prot-…\s*$|'<the/);
      }
    }
  });

  it('runs bin/lifeboat.js as the package bin (what npx lifeboat runs in a checkout)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.lifeboat).toBe('bin/lifeboat.js');
  });
});

for (const dialect of DIALECTS) {
  describe(`the README's shell blocks against a fresh server (${dialect})`, () => {
    let database: TestDatabase;
    let work: string;
    let port: number;
    let server: ChildProcess;
    let serverOutput = '';
    let env: NodeJS.ProcessEnv;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      work = database.dataDir;
      const dataDir = path.join(work, 'data');
      port = await freePort();
      server = spawn(process.execPath, [path.join(ROOT, 'bin/lifeboat.js'), 'serve'], {
        cwd: work,
        env: cleanEnv({
          LIFEBOAT_DATA_DIR: dataDir, LIFEBOAT_PORT: String(port), LIFEBOAT_LOG_LEVEL: 'warn',
          ...(database.databaseUrl ? { LIFEBOAT_DATABASE_URL: database.databaseUrl } : {}),
        }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server.stdout!.on('data', (chunk) => { serverOutput += String(chunk); });
      server.stderr!.on('data', (chunk) => { serverOutput += String(chunk); });
      // As a reader would: npm start has printed its banner and the demo connections have synced.
      const token = await pollUntil('the admin token and /readyz', async () => {
        if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${serverOutput}`);
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
        return ready.ok && fs.readFileSync(path.join(dataDir, 'admin-token'), 'utf8').trim();
      }, { timeoutMs: 60_000, intervalMs: 100, describe: () => serverOutput });
      await pollUntil('the demo connections synced', async () => {
        const list = await (await fetch(`http://127.0.0.1:${port}/api/v1/accounts/1/projects/default/aws/cloud-connections`, {
          headers: { authorization: `Bearer ${token}` },
        })).json() as Array<{ lastSync: string | null }>;
        return list.length === 2 && list.every((c) => c.lastSync);
      }, { timeoutMs: 30_000, intervalMs: 100, describe: () => serverOutput });
      // `npx lifeboat` in a checkout runs the package's bin; here the folder is not the checkout, so an npx on
      // the PATH does exactly that (and never reaches the registry).
      const bin = path.join(work, 'bin');
      fs.mkdirSync(bin);
      fs.writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\n[ "$1" = lifeboat ] || { echo "npx in the README test runs lifeboat only, not: $*" >&2; exit 127; }\nshift\nexec "${process.execPath}" "${path.join(ROOT, 'bin/lifeboat.js')}" "$@"\n`, { mode: 0o755 });
      env = cleanEnv({ PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: work, LIFEBOAT_CONFIG_DIR: path.join(work, 'config') });
    }, 120_000);

    afterAll(async () => {
      if (server && server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      await database?.drop();
    });

    it('says what the demo connection discovers, as the server counts it', async () => {
      const claim = /discovers (\d+) resources of (\d+) types/.exec(README);
      expect(claim, 'README: "discovers N resources of M types"').not.toBeNull();
      const token = fs.readFileSync(path.join(work, 'data/admin-token'), 'utf8').trim();
      const answer = await fetch(`http://127.0.0.1:${port}/api/v1/accounts/1/projects/default/aws/cloud-connections/1/resources`, {
        headers: { authorization: `Bearer ${token}`, range: 'items=1-1000' },
      });
      const resources = await answer.json() as Array<{ type: string }>;
      expect(resources.length).toBe(Number(claim![1]));
      expect(new Set(resources.map((r) => r.type)).size).toBe(Number(claim![2]));
    });

    for (const block of shellBlocks(README).filter((b) => b.run)) {
      it(`runs the block at README.md:${block.line}`, async () => {
        const script = block.text.replaceAll(README_ORIGIN, `http://127.0.0.1:${port}`);
        const { code, output } = await runBash(script, work, env);
        expect(code, `README.md:${block.line} failed (exit ${code}):\n${output.slice(-6000)}`).toBe(0);
        expect(output).not.toMatch(/"statusCode":\s*[45]\d\d|command not found/);
      }, 180_000);
    }
  });
}
