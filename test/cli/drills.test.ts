import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { insertAssembly } from '../policies/fixture.ts';
import { json, loggedInCli, type LoggedInCli } from './run-cli.ts';

describe('the lifeboat CLI: drills', () => {
  let t: TestApp;
  let session: LoggedInCli;
  const cli = (...args: string[]) => session.cli(...args);

  beforeAll(async () => {
    // No worker: a run stays pending, so what the CLI prints does not race the job runner.
    session = await loggedInCli(() => startTestApp('sqlite', {}, { worker: false }));
    t = session.t;
  });
  afterAll(() => session.close());

  it('drills create with the schedule and recovery options, set-status, run, runs, list, delete', async () => {
    const assembly = String(await insertAssembly(t));
    const created = await cli('drills', 'create', assembly, '--name', 'shop-weekly', '--frequency', 'weekly', '--reset-after', '60',
      '--scope', 'cross-region', '--region', 'us-west-2', '--body', '{"frequencyDetails": {"daysOfWeek": ["SUNDAY"], "hours": [4]}}', '-o', 'json');
    expect(created.code, created.stderr).toBe(0);
    const policy = json(created);
    expect(policy).toMatchObject({
      name: 'shop-weekly', frequencyType: 'weekly', frequencyDetails: { daysOfWeek: ['SUNDAY'], hours: [4] }, resetAfterMinutes: 60,
      recovery: { recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } }, status: 'enabled',
    });
    const id = String(policy.id);

    const paused = await cli('drills', 'set-status', assembly, id, 'paused', '-o', 'json');
    expect(paused.code, paused.stderr).toBe(0);
    expect(json(paused)).toMatchObject({ status: 'paused', nextRunAt: null });
    const badStatus = await cli('drills', 'set-status', assembly, id, 'sleeping');
    expect(badStatus.code).toBe(2);

    const run = await cli('drills', 'run', assembly, id, '-o', 'json');
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toMatchObject({ drillPolicyId: policy.id, trigger: 'manual', status: 'pending' });
    const runs = await cli('drills', 'runs', assembly, id);
    expect(runs.code, runs.stderr).toBe(0);
    expect(runs.stdout).toMatch(new RegExp(`${json(run).id}\\s+manual\\s+pending`));

    const listed = await cli('drills', 'list', assembly);
    expect(listed.stdout).toMatch(/shop-weekly\s+paused\s+weekly\s+60/);

    const refused = await cli('drills', 'create', assembly, '--name', 'no-reset', '--frequency', 'daily');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^lifeboat: --reset-after is required$/m);

    const deleted = await cli('drills', 'delete', assembly, id);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect((await cli('drills', 'show', assembly, id)).code).not.toBe(0);
  });
});
