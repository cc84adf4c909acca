import { describe, expect, it } from 'vitest';
import { BODY_OPTIONS, commandTable, GLOBAL_OPTIONS, WAIT_OPTIONS } from '../../src/cli/command.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { lifeboatProcess } from '../helpers/process.ts';
import { runCli, runInProcess, tempConfigDir } from './run-cli.ts';

const inProcess = (argv: string[]) => runInProcess(argv, { LIFEBOAT_CONFIG_DIR: tempConfigDir() });

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

  it('no command has an option named like a global, wait or body one (a webhook\'s --url once became the server)', async () => {
    const reserved = [...Object.keys(GLOBAL_OPTIONS), ...Object.keys(WAIT_OPTIONS), ...Object.keys(BODY_OPTIONS)];
    expect(reserved).toEqual(expect.arrayContaining(['url', 'token', 'account', 'project', 'profile', 'output', 'timeout', 'body']));
    const shorts = Object.values({ ...GLOBAL_OPTIONS, ...WAIT_OPTIONS, ...BODY_OPTIONS }).map((o) => o.short).filter(Boolean);
    for (const command of COMMANDS) {
      const own = Object.entries(command.options ?? {});
      expect(own.map(([name]) => name).filter((name) => reserved.includes(name)), command.words.join(' ')).toEqual([]);
      expect(own.map(([, spec]) => spec.short).filter((short) => short && shorts.includes(short)), command.words.join(' ')).toEqual([]);
    }
    const webhook = await inProcess(['webhooks', 'create', '--help']);
    expect(webhook.stdout).toMatch(/Options:\n[\s\S]*--target-url <url>[\s\S]*Global options:\n[\s\S]*--url <url> +the server/);
    expect(webhook.stdout.split('Global options:')[0]).not.toMatch(/--url\b|--timeout\b/);

    // The table itself refuses such a command, so the CLI cannot be built with one.
    const clash = { words: ['webhooks', 'clash'], summary: 's', example: 'lifeboat webhooks clash', options: { url: { type: 'string', description: 'a target' } }, run: async () => undefined } as const;
    expect(() => commandTable([...COMMANDS, clash])).toThrow(/webhooks clash: its option --url is a global/);
    expect(() => commandTable([{ ...clash, options: { output: { type: 'boolean', short: 'o', description: 'x' } } }])).toThrow(/--output/);
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

  it('output read only in part (`lifeboat … | head -1`): the command ends quietly, exit 0, no stack', async () => {
    for (const args of [['--help'], ['restore', '--help']]) {
      const running = lifeboatProcess(args, { LIFEBOAT_CONFIG_DIR: tempConfigDir() });
      running.child.stdout!.destroy(); // the reader is gone before the command writes
      const code = await running.exited;
      expect([code, running.stderr], args.join(' ')).toEqual([0, '']);
    }
  });
});
