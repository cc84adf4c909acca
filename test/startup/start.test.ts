import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, killLifeboatProcesses, lifeboatProcess as lifeboat, type Running } from '../helpers/process.ts';
import { pollUntil } from '../helpers/wait.ts';

const tempDirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-start-'));
  tempDirs.push(dir);
  return dir;
}

function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs: number, running?: Running): Promise<T> {
  return pollUntil(what, check, {
    timeoutMs, intervalMs: 50,
    describe: running && (() => `stdout:\n${running.stdout.slice(-2000)}\nstderr:\n${running.stderr.slice(-2000)}`),
  });
}

/** Waits for the exit, failing (not hanging) if it does not come. */
async function exitOf(running: Running, timeoutMs = 10_000): Promise<number | string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no exit within ${timeoutMs} ms\nstdout:\n${running.stdout.slice(-2000)}\nstderr:\n${running.stderr.slice(-2000)}`)), timeoutMs);
  });
  try {
    return await Promise.race([running.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

afterAll(async () => {
  await killLifeboatProcesses();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A start is well under a second of CPU, but a CI machine at a load average near 20 took 16–25 s of wall time. */
const STARTUP_MS = 60_000;

describe('lifeboat serve (a real process, SQLite, demo on by default)', { timeout: STARTUP_MS + 30_000 }, () => {
  const dataDir = tempDir();
  let port: number;
  let token: string;
  let server: Running;

  const api = (url: string, bearer = token) => fetch(`http://127.0.0.1:${port}${url}`, { headers: { authorization: `Bearer ${bearer}` } });

  it('prints a banner saying where it serves and where the admin token is', async () => {
    port = await freePort();
    server = lifeboat(['serve'], { LIFEBOAT_DATA_DIR: dataDir, LIFEBOAT_PORT: String(port) });
    const banner = await until('the banner', () => /Lifeboat is serving on .*\n.*\n.*\n/.exec(server.stdout)?.[0], STARTUP_MS, server);
    expect(banner).toContain(`http://127.0.0.1:${port}`);
    expect(banner).toContain(`${path.join(dataDir, 'admin-token')}`);
    expect(banner).toMatch(/SQLite/);
    expect(banner).toContain('/docs');
  });

  it('writes the admin token file with mode 0600', () => {
    const file = path.join(dataDir, 'admin-token');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    token = fs.readFileSync(file, 'utf8').trim();
    expect(token).toMatch(/^lb_/);
    // Nothing it printed holds the token.
    expect(server.stdout + server.stderr).not.toContain(token);
  });

  it('serves /healthz and refuses the API without the token', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/accounts`)).status).toBe(401);
    expect((await api('/api/v1/accounts')).status).toBe(200);
  });

  it('lists demo-aws, verified (success) and synced (lastSync), with the token', async () => {
    const demo = await until('demo-aws verified and synced', async () => {
      const res = await api('/api/v1/accounts/1/projects/default/aws/cloud-connections');
      if (res.status !== 200) return undefined;
      const list = (await res.json()) as Array<{ name: string; connectivityStatus: string; lastSync: string | null }>;
      const found = list.find((c) => c.name === 'demo-aws');
      return found && found.connectivityStatus === 'success' && found.lastSync ? found : undefined;
    }, STARTUP_MS, server);
    expect(new Date(demo.lastSync!).toISOString()).toBe(demo.lastSync);
  });

  it('exits 0 on SIGTERM', async () => {
    server.child.kill('SIGTERM');
    expect(await exitOf(server)).toBe(0);
  });

  it('starts again on the same data dir: the same token works and the demo connection is not made twice', async () => {
    port = await freePort();
    const again = lifeboat(['serve'], { LIFEBOAT_DATA_DIR: dataDir, LIFEBOAT_PORT: String(port) });
    await until('the banner', () => again.stdout.includes('Lifeboat is serving on'), STARTUP_MS, again);
    expect(fs.readFileSync(path.join(dataDir, 'admin-token'), 'utf8').trim()).toBe(token);
    const res = await api('/api/v1/accounts/1/projects/default/aws/cloud-connections');
    expect(res.status).toBe(200);
    const list = (await res.json()) as Array<{ name: string }>;
    expect(list.filter((c) => c.name === 'demo-aws')).toHaveLength(1);
    expect(((await (await api('/api/v1/accounts')).json()) as unknown[]).length).toBe(1);
    again.child.kill('SIGTERM');
    expect(await exitOf(again)).toBe(0);
  });
});

describe('lifeboat refuses a bad start', () => {
  it('exits 2 on a bad configuration, naming the variable on stderr', async () => {
    const bad = lifeboat(['serve'], { LIFEBOAT_DATA_DIR: tempDir(), LIFEBOAT_PORT: 'abc' });
    expect(await exitOf(bad)).toBe(2);
    expect(bad.stderr).toContain('LIFEBOAT_PORT');
    expect(bad.stdout).not.toContain('serving on');
  });

  it('`worker` without LIFEBOAT_DATABASE_URL exits non-zero, saying SQLite runs in one process', async () => {
    const dir = tempDir();
    const worker = lifeboat(['worker'], { LIFEBOAT_DATA_DIR: dir });
    const code = await exitOf(worker);
    expect(code).not.toBe(0);
    expect(typeof code).toBe('number');
    expect(worker.stderr).toMatch(/SQLite/);
    expect(worker.stderr).toMatch(/one process/);
    expect(worker.stderr).toContain('LIFEBOAT_DATABASE_URL');
  });
});
