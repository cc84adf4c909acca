import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParentMessage, ServerMessage } from './server-protocol.ts';

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ServerUsage {
  readonly cpuUserMs: number;
  readonly cpuSystemMs: number;
  readonly rssBytes: number;
  /** Statements the process sent to PostgreSQL so far (every pg Client.query, pooled or not); 0 on SQLite. */
  readonly pgStatements: number;
}

/** A server running in a child process, on 127.0.0.1 and an ephemeral port. */
export interface ServerProcess {
  readonly url: string;
  /** Lifeboat's default account (undefined for the bare route). */
  readonly accountId: number | undefined;
  readonly pid: number;
  /** CPU time and memory of the server process so far. */
  usage(): Promise<ServerUsage>;
  /** Closes the server and waits for its process to end (idempotent). */
  close(): Promise<void>;
}

function next<T extends ServerMessage['type']>(child: ChildProcess, type: T | 'failed', timeoutMs: number): Promise<Extract<ServerMessage, { type: T | 'failed' }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`the server process did not answer "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: ServerMessage) => {
      if (message.type === type || message.type === 'failed') finish(undefined, message as Extract<ServerMessage, { type: T | 'failed' }>);
    };
    const onExit = (code: number | null, signal: string | null) => finish(new Error(`the server process exited (${signal ?? code}) before "${type}"`));
    function finish(error: Error | undefined, message?: Extract<ServerMessage, { type: T | 'failed' }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Forks bench/lib/server-child.ts (through tsx, as this process runs) and starts a server in it. The
 * child's stdout (Lifeboat's log) goes to our stderr, so stdout stays the report's.
 */
export async function startServer(start: Extract<ParentMessage, { type: 'start' }>): Promise<ServerProcess> {
  // BENCH_PROFILE_DIR=<dir>: each server process writes V8 CPU profiles to <dir>/<kind>/ when it stops, one per
  // thread (tsx's loader runs in a thread of its own; the server is the larger file). Open them in Chrome DevTools.
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const execArgv = [...process.execArgv, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, start.kind)}`] : [])];
  const child = fork(CHILD, [], { execArgv, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  child.stdout!.pipe(process.stderr);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const ask = (message: ParentMessage) => child.send(message);

  const ready = next(child, 'ready', START_TIMEOUT_MS);
  ask(start);
  let answer;
  try {
    answer = await ready;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  if (answer.type === 'failed') {
    await exited;
    throw new Error(`the ${start.kind} server did not start: ${answer.message}`);
  }

  let closing: Promise<void> | undefined;
  return {
    url: answer.url,
    accountId: answer.accountId,
    pid: child.pid!,
    async usage() {
      const reply = next(child, 'usage', 5000);
      ask({ type: 'usage' });
      const message = await reply;
      if (message.type === 'failed') throw new Error(message.message);
      return { cpuUserMs: message.cpuUserMs, cpuSystemMs: message.cpuSystemMs, rssBytes: message.rssBytes, pgStatements: message.pgStatements };
    },
    close() {
      closing ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        try {
          if (child.connected) ask({ type: 'stop' });
          else child.kill('SIGTERM');
          await exited;
        } finally {
          clearTimeout(timer);
        }
      })();
      return closing;
    },
  };
}
