// Start-up of the client commands (issue 21: "each call takes 1.2–1.8 s to start"): wall time of
// `node bin/lifeboat.js --version`, `--help` and a real call (`connections list`, two requests) against a
// running `lifeboat serve`, median of BENCH_CLI_RUNS runs each. Target: under 300 ms.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchRow, Scenario } from '../lib/types.ts';
import { freePort, median } from '../lib/proc.ts';

const NAME = 'cli';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/lifeboat.js');
const TARGET_MS = 300;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const scenario: Scenario = {
  name: NAME,
  description: 'start-up of client commands: lifeboat --version, --help and connections list against a running server (target < 300 ms)',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const runs = Number(process.env.BENCH_CLI_RUNS ?? '10');
    if (!Number.isInteger(runs) || runs < 1 || runs > 200) throw new Error('BENCH_CLI_RUNS must be a whole number from 1 to 200');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-bench-cli-'));
    ctx.defer(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const token = `bench-${randomBytes(16).toString('hex')}`;
    const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('LIFEBOAT_')));
    const server = spawn(process.execPath, [BIN, 'serve'], {
      cwd: ROOT, stdio: 'ignore',
      env: { ...base, LIFEBOAT_DATA_DIR: dataDir, LIFEBOAT_ADMIN_TOKEN: token, LIFEBOAT_DEMO: 'true', LIFEBOAT_LOG_LEVEL: 'warn', LIFEBOAT_PORT: String(port) },
    });
    ctx.defer(() => void server.kill('SIGTERM'));
    const url = `http://127.0.0.1:${port}`;
    for (let waited = 0; ; waited += 50) {
      if (waited > 120_000) throw new Error('lifeboat serve did not answer /readyz within 120 s');
      const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
      if (ready) break;
      await sleep(50);
    }
    const env = { ...base, LIFEBOAT_URL: url, LIFEBOAT_TOKEN: token, LIFEBOAT_CONFIG_DIR: dataDir };
    const commands: Array<[string, string[]]> = [['lifeboat --version', ['--version']], ['lifeboat --help', ['--help']], ['lifeboat connections list', ['connections', 'list']]];
    const rows: BenchRow[] = [];
    for (const [name, args] of commands) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
        times.push(performance.now() - started);
        if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${String(result.stderr).slice(-300)}`);
      }
      const ms = median(times);
      ctx.log(`cli: ${name}: median ${Math.round(ms)} ms over ${runs} runs`);
      rows.push({
        scenario: NAME, name,
        cells: { runs: String(runs), 'median wall': `${Math.round(ms)} ms`, fastest: `${Math.round(Math.min(...times))} ms`, target: `< ${TARGET_MS} ms: ${ms < TARGET_MS ? 'met' : 'missed'}` },
        extra: { medianMs: Math.round(ms), minMs: Math.round(Math.min(...times)), runs },
      });
    }
    return rows;
  },
};
