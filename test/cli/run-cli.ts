// Runs the real lifeboat binary (node bin/lifeboat.js) as a child process, or its dispatcher in this process,
// each with a private config folder and no LIFEBOAT_* variables of the caller's environment.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { runClient } from '../../src/cli/run.ts';
import { ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';

const BIN = new URL('../../bin/lifeboat.js', import.meta.url).pathname;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('LIFEBOAT_')));
  return { ...env, NO_COLOR: '1', ...extra };
}

export function runCli(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: cleanEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function tempConfigDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-cli-'));
}

/** stdout parsed as JSON, with the whole result in the error when it is not. */
export function json(result: CliResult): any {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** runClient in this process with captured output: the binary's dispatcher, without a process per command. */
export async function runInProcess(argv: readonly string[], env: Record<string, string>): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stream = (write: (s: string) => void) => ({ write: (chunk: string) => (write(String(chunk)), true), isTTY: false, columns: 100 }) as unknown as NodeJS.WriteStream;
  const code = await runClient(argv, { env: cleanEnv(env), stdout: stream((s) => (stdout += s)), stderr: stream((s) => (stderr += s)), stdin: process.stdin });
  return { code, stdout, stderr };
}

/** A test app listening on 127.0.0.1, and the CLI logged in to it with the admin token from a config folder of its own. */
export interface LoggedInCli {
  readonly t: TestApp;
  /** The server's URL. */
  readonly url: string;
  cli(...args: string[]): Promise<CliResult>;
  close(): Promise<void>;
}

export async function loggedInCli(start: () => Promise<TestApp>): Promise<LoggedInCli> {
  const t = await start();
  await t.app.http.listen({ host: '127.0.0.1', port: 0 });
  const config = tempConfigDir();
  const url = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
  const login = await runCli(['login', '--url', url, '--token', ADMIN_TOKEN], { LIFEBOAT_CONFIG_DIR: config });
  if (login.code !== 0) throw new Error(`lifeboat login failed (exit ${login.code}): ${login.stderr}`);
  return {
    t, url,
    // Not a terminal here: progress comes as plain lines on stderr, the final object on stdout.
    cli: (...args) => runCli(args, { LIFEBOAT_CONFIG_DIR: config }),
    async close() {
      await t.close();
      fs.rmSync(config, { recursive: true, force: true });
    },
  };
}
