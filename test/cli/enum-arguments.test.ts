import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, tempConfigDir } from './run-cli.ts';
import { startTrap, type Trap } from './trap.ts';

// A positional argument the API takes as an enum (a webhook type, a status) is checked by the CLI before any
// request: a typo is a usage error naming the argument and its values, and nothing reaches the server.
describe('enum-typed arguments', () => {
  let trap: Trap;
  beforeAll(async () => {
    trap = await startTrap();
  });
  afterAll(() => trap.close());

  const run = (argv: string[]) => runInProcess([...argv, '--url', trap.url(), '--token', 'lb_enum-test', '--account', '1'], { LIFEBOAT_CONFIG_DIR: tempConfigDir() });

  it.each([
    [['webhooks', 'show', '1', 'post-protect'], /^lifeboat: webhook type must be one of pre-protection, post-protection, pre-recovery, post-recovery, pre-reset, post-reset, drill-completed, drill-failed, rpo-breached, rpo-restored, not "post-protect"/],
    [['webhooks', 'create', '1', 'on-recovery', '--target-url', 'https://hooks.example.com/x'], /^lifeboat: webhook type must be one of pre-protection, .*, post-reset, drill-completed, drill-failed, rpo-breached, rpo-restored, not "on-recovery"/],
    [['webhooks', 'deliveries', '1', 'pre'], /^lifeboat: webhook type must be one of .*, not "pre"/],
    [['connections', 'set-status', '1', 'paused'], /^lifeboat: status must be one of enabled, disabled, suspended, not "paused"/],
    [['assemblies', 'set-status', '1', 'suspended'], /^lifeboat: status must be one of enabled, disabled, not "suspended"/],
    [['policies', 'set-status', '1', '1', 'disabled'], /^lifeboat: status must be one of enabled, paused, not "disabled"/],
  ])('%j is a usage error (exit 2) that sends nothing', async (argv, message) => {
    const before = trap.received.length;
    const result = await run(argv);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(trap.received.length).toBe(before);
  });
});
