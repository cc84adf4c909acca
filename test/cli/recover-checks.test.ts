import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { protectedShop, RECOVERY_ACCOUNT } from '../recoveries/fixture.ts';
import { json, loggedInCli, type LoggedInCli } from './run-cli.ts';

describe('the lifeboat CLI: recover shows the pre-flight checks first; a failed one exits non-zero; --force starts anyway', () => {
  let t: TestApp;
  let session: LoggedInCli;
  let A: string;
  let narrow: string;
  const cli = (...args: string[]) => session.cli(...args);

  beforeAll(async () => {
    session = await loggedInCli(() => startTestApp('sqlite'));
    t = session.t;
    A = String((await protectedShop(t)).assemblyId);
    const created = json(await cli('connections', 'create', '--name', 'dr-narrow', '--role-arn', `arn:aws:iam::${RECOVERY_ACCOUNT}:role/LifeboatAccess`,
      '--regions', 'us-east-1,us-west-2', '--services', 'EC2,EBS,VPC,RDS', '-o', 'json'));
    narrow = String(created.id);
    expect((await cli('connections', 'verify', narrow, '--wait')).code).toBe(0);
  });
  afterAll(() => session.close());

  const intoNarrow = ['--scope', 'cross-account', '--target-connection', () => narrow, '--region', 'us-west-2'] as const;
  const args = (...rest: ReadonlyArray<string | (() => string)>) => rest.map((a) => (typeof a === 'function' ? a() : a));

  it('--dry-run on the demo: the checks table comes first, every check passed, exit 0', async () => {
    const plan = await cli('recover', A, '--name', 'drill-1', '--dry-run');
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/^\s*Pre-flight checks:\nNAME\s+STATUS\s+MESSAGE\ntarget-connection\s+passed\s+Cloud connection shop-aws \(\d+\) is enabled and verified/);
    expect(plan.stdout.indexOf('Pre-flight checks:')).toBeLessThan(plan.stdout.indexOf('Plan (in order):'));
    expect(plan.stdout).not.toMatch(/\s(failed|warning)\s/);
  });

  it('--dry-run into a connection without the services: the failed check names them, exit 3', async () => {
    const plan = await cli(...args('recover', A, '--name', 'drill-1', ...intoNarrow, '--dry-run'));
    expect(plan.code, plan.stderr).toBe(3);
    expect(plan.stdout).toMatch(/services-and-regions\s+failed\s+Cloud connection dr-narrow \(\d+\) does not allow DynamoDB \(needed by shop-sessions\);.*SQS/);
  });

  it('a start refused by its checks prints them and exits 1; --force starts it', async () => {
    const refused = await cli(...args('recover', A, '--name', 'drill-1', ...intoNarrow));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/Pre-flight checks:\nNAME\s+STATUS\s+MESSAGE\n/);
    expect(refused.stdout).toMatch(/services-and-regions\s+failed/);
    expect(refused.stderr).toMatch(/PREFLIGHT_FAILED|pre-flight check failed/);
    const forced = await cli(...args('recover', A, '--name', 'drill-1', ...intoNarrow, '--force', '--wait', '-o', 'json'));
    expect([0, 4], forced.stderr).toContain(forced.code);
    const recovery = json(forced);
    expect(recovery.forced).toBe(true);
    expect(recovery.resources.find((r: any) => r.sourceResourceId === 'shop-sessions')).toMatchObject({ status: 'skipped' });
  });
});
