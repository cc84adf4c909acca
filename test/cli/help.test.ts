import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import type { Io } from '../../src/cli/context.ts';
import { runClient } from '../../src/cli/run.ts';
import { runCli, tempConfigDir } from './run-cli.ts';

/** runClient with captured output: the same dispatcher the binary runs, without a process per command. */
async function inProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const stream = (write: (s: string) => void) => ({ write: (chunk: string) => (write(String(chunk)), true), isTTY: false, columns: 100 }) as unknown as NodeJS.WriteStream;
  const io: Io = { env: { LIFEBOAT_CONFIG_DIR: tempConfigDir() }, stdout: stream((s) => (stdout += s)), stderr: stream((s) => (stderr += s)), stdin: process.stdin };
  const code = await runClient(argv, io);
  return { code, stdout, stderr };
}

describe('--help', () => {
  it('every command of the table answers --help with its usage, its options and an example, exit 0, without a server', async () => {
    expect(COMMANDS.length).toBeGreaterThan(60);
    for (const command of COMMANDS) {
      const { code, stdout, stderr } = await inProcess([...command.words, '--help']);
      const name = command.words.join(' ');
      expect(code, `${name}: ${stderr}`).toBe(0);
      expect(stdout, name).toContain(`Usage: lifeboat ${name}`);
      expect(stdout, name).toMatch(/\nExample:\n {2}lifeboat /);
      expect(stdout, name).toContain('--output <table|json|yaml>');
      if (command.waits) expect(stdout, name).toMatch(/--wait[\s\S]*--timeout[\s\S]*Exit codes with --wait: 0 success, 3 failed, 4 partial, 5 timed out/);
    }
    const group = await inProcess(['recoveries', '--help']);
    expect(group.stdout).toMatch(/Commands:\n {2}list <assemblyId>/);
  });

  it('the binary lists the server and the client commands, and a command\'s help', async () => {
    const env = { LIFEBOAT_CONFIG_DIR: tempConfigDir() };
    const [top, protect, unknown] = await Promise.all([runCli(['--help'], env), runCli(['protect', '-h'], env), runCli(['nonsense'], env)]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Server commands:\n {2}serve \[--no-worker\]/);
    expect(top.stdout).toMatch(/\n {2}connections +list \| show \| create/);
    expect(top.stdout).toMatch(/\n {2}network cloud-connections +list/);
    expect(protect.code).toBe(0);
    expect(protect.stdout).toContain('lifeboat protect 1 --wait');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "nonsense"');
  });
});
