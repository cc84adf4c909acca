// Runs the real lifeboat binary (node bin/lifeboat.js) as a child process, or its dispatcher in this process,
// each with a private config folder and no LIFEBOAT_* variables of the caller's environment.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runClient } from '../../src/cli/run.ts';

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
