import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { json, loggedInCli, type LoggedInCli } from './run-cli.ts';

const SERVICES = 'VPC,EC2,EBS,RDS,DynamoDB,S3,ELB,Lambda,SQS,SNS';

describe('the lifeboat CLI: --wait on verify, sync, protect, recover, reset, delete, and its exit codes', () => {
  let t: TestApp;
  let session: LoggedInCli;
  const cli = (...args: string[]) => session.cli(...args);

  beforeAll(async () => {
    session = await loggedInCli(() => startTestApp('sqlite'));
    t = session.t;
  });
  afterAll(() => session.close());

  it('verify and sync --wait, protect --wait, recover --dry-run then --wait, reset --wait: exit 0; a partial recovery exits 4', async () => {
    const created = json(await cli('connections', 'create', '--name', 'prod-aws', '--role-arn', 'arn:aws:iam::111111111111:role/LifeboatAccess', '--regions', 'us-east-1,us-west-2', '--services', SERVICES, '-o', 'json'));
    const verify = await cli('connections', 'verify', String(created.id), '--wait', '-o', 'json');
    expect(verify.code, verify.stderr).toBe(0);
    expect(json(verify).connectivityStatus).toBe('success');
    expect(verify.stderr).toMatch(/^connection 1 verify: connected: .+ \(0:\d\d\)$/m);
    const sync = await cli('connections', 'sync', String(created.id), '--wait', '-o', 'json');
    expect(sync.code, sync.stderr).toBe(0);
    expect(json(sync)).toMatchObject({ syncStatus: 'idle', lastSync: expect.any(String) });
    // It ends saying what the sync found, not the status it went back to.
    const inventory = json(await cli('connections', 'resources', String(created.id), '--all', '-o', 'json'));
    expect(sync.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^connection 1 sync: synced: ${inventory.length} resources \\(0:\\d\\d\\)$`));
    expect(sync.stderr).not.toMatch(/sync: idle/);

    const assembly = json(await cli('assemblies', 'create', '--name', 'shop', '--connection', String(created.id), '--source-region', 'us-east-1', '--tag', 'app=shop', '--replica-regions', 'us-west-2', '--allow-cross-region', '-o', 'json'));
    const A = String(assembly.id);
    const protect = await cli('protect', A, '--wait', '-o', 'json');
    expect(protect.code, protect.stderr).toBe(0);
    const protection = json(protect);
    expect(protection).toMatchObject({ status: 'success', snapshotsCompleted: protection.dataResourceCount });
    expect(protect.stderr).toMatch(new RegExp(`^protection ${protection.id}: protected: ${protection.resourceCount} resources, ${protection.dataResourceCount} of ${protection.dataResourceCount} snapshots taken \\(0:\\d\\d\\)$`, 'm'));
    const timeline = json(await cli('protections', 'list', A, '-o', 'json'));
    expect(timeline.map((p: any) => p.id)).toEqual([protection.id]);

    const plan = await cli('recover', A, '--name', 'drill-1', '--dry-run');
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/Plan \(in order\):\nORDER\s+ACTION\s+TYPE/);
    expect(plan.stdout).toMatch(/\n0\s+create\s+ec2:vpc/);
    expect(json(await cli('recoveries', 'list', A, '-o', 'json'))).toEqual([]);

    const recover = await cli('recover', A, '--name', 'drill-1', '--wait', '-o', 'json');
    expect(recover.code, recover.stderr).toBe(0);
    const recovery = json(recover);
    expect(recovery).toMatchObject({ recoveryStatus: 'completed', protectionId: protection.id });
    expect(recovery.resources.every((r: any) => r.recoveredResourceId)).toBe(true);
    const shown = await cli('recoveries', 'show', A, recovery.id);
    expect(shown.stdout).toMatch(/Resources \(source → recovered\):\nORDER\s+ACTION\s+STATUS\s+TYPE\s+SOURCE\s+RECOVERED/);

    const reset = await cli('reset', A, recovery.id, '--wait', '-o', 'json');
    expect(reset.code, reset.stderr).toBe(0);
    expect(json(reset)).toMatchObject({ resetStatus: 'completed' });
    expect(reset.stderr).toMatch(new RegExp(`^reset of ${recovery.id}: reset completed: ${json(reset).resetDeletedCount} recovered resources? deleted \\(0:\\d\\d\\)$`, 'm'));
    expect(json(await cli('reset-status', A, recovery.id, '-o', 'json'))).toMatchObject({ status: 'completed' });

    // Across regions, with the cloud refusing the database: partially-completed, exit 4.
    const fault = await t.app.sim!.addFault({ operation: 'recreate', match: { resourceId: 'shop-db' }, errorCode: 'InternalError' });
    const partial = await cli('recover', A, '--name', 'drill-2', '--scope', 'cross-region', '--region', 'us-west-2', '--wait', '-o', 'json');
    await t.app.sim!.removeFault(fault);
    expect(partial.code, partial.stderr).toBe(4);
    expect(json(partial).recoveryStatus).toBe('partially-completed');
    expect(partial.stderr).toMatch(/failed of \d+ resources/);
    // Failures are counted apart from what was recovered, never as done.
    const p = json(partial);
    expect(partial.stderr).toContain(`recovery ${p.id}: partially-completed: ${p.recoveredCount} recovered`);
    expect(partial.stderr).toMatch(new RegExp(`, ${p.failedCount} failed.* of ${p.resourceCount} resources \\(`));
  }, 120_000); // fourteen CLI processes, each a Node start: a loaded CI machine took more than the default 30 s

  it('a protection whose snapshots all fail exits 3; a wait that outlasts --timeout exits 5; delete --wait exits 0', async () => {
    const A = String(json(await cli('assemblies', 'list', '-o', 'json'))[0].id);
    const fault = json(await cli('sim', 'faults', 'add', '--operation', 'snapshot', '--error-code', 'InternalError', '-o', 'json'));
    const failed = await cli('protect', A, '--wait', '-o', 'json');
    expect(failed.code, failed.stderr).toBe(3);
    expect(json(failed).status).toBe('failed');
    expect(failed.stderr).toMatch(/snapshots failed/);
    expect((await cli('sim', 'faults', 'remove', String(fault.id))).code).toBe(0);

    expect((await cli('sim', 'faults', 'add', '--operation', 'verify', '--latency-ms', '3000', '--count', '1')).code).toBe(0);
    const slow = await cli('connections', 'verify', '1', '--wait', '--timeout', '1', '-o', 'json');
    expect(slow.code, slow.stderr).toBe(5);
    expect(slow.stderr).toMatch(/timed out after 1 s waiting for connection 1 verify \(still pending\)/);
    expect(json(slow).connectivityStatus).toBe('pending');
    const usage = await cli('connections', 'verify', '1', '--timeout', '5');
    expect(usage.code).toBe(2);

    const deleted = await cli('assemblies', 'delete', A, '--wait', '-o', 'json');
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(json(deleted).status).toBe('deleted');
    // The last line says what happened, not only the status it ended in.
    expect(deleted.stderr).toMatch(new RegExp(`assembly ${A} delete: deleted: assembly "${json(deleted).name}" and its snapshots`));
  });
});
