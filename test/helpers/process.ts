// Real Lifeboat processes for the tests that start one (`node bin/lifeboat.js …`), and free ports for them.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/lifeboat.js');

/** A port nothing listens on right now (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Running {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

const started: Running[] = [];

/** `node bin/lifeboat.js …` with only the LIFEBOAT_* variables given (none inherited from the test's environment). */
export function lifeboatProcess(args: string[], env: Record<string, string>, cwd = ROOT): Running {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LIFEBOAT_')));
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const running: Running = {
    child, stdout: '', stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'))),
  };
  child.stdout!.on('data', (chunk) => { running.stdout += String(chunk); });
  child.stderr!.on('data', (chunk) => { running.stderr += String(chunk); });
  started.push(running);
  return running;
}

/** Kills every process lifeboatProcess started that is still running, and waits for each (for afterAll). */
export async function killLifeboatProcesses(): Promise<void> {
  for (const running of started.splice(0)) {
    if (running.child.exitCode === null && running.child.signalCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
  }
}
