// What a recovery does not carry of an Aurora cluster (issue 17): a global database's member and Aurora Serverless v1
// are refused by a pre-flight check that names each cluster and why; a backtrack window is a warning (set again, its
// history lost). The clusters' configuration is what the sim's discovery reports, shaped as the AWS driver's is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimResourceInput } from '../../src/cloud/sim/resources.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { createAssembly, createConnection, DEMO_ACCOUNT, shopFilter, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { recover, startRecovery, waitForRecovery } from './fixture.ts';

const aurora = (resourceId: string, app: string, extra: Record<string, unknown>): SimResourceInput => ({
  accountId: DEMO_ACCOUNT, region: 'us-east-1', type: 'rds:cluster', resourceId, tags: { app },
  configuration: { engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.05.2', port: 3306, allocatedStorage: 10, status: 'available', ...extra },
});

for (const dialect of DIALECTS) {
  describe(`recoveries: Aurora clusters with what a recovery does not carry [${dialect}]`, () => {
    let t: TestApp;
    const assemblies: Record<string, number> = {};

    beforeAll(async () => {
      t = await startTestApp(dialect);
      await t.app.sim!.putResources([
        aurora('orders-global-member', 'limits', { globalClusterIdentifier: 'orders-global' }),
        aurora('reports-serverless-v1', 'limits', { engineMode: 'serverless' }),
        aurora('audit-backtrack', 'backtrack', { backtrackWindow: 86400 }),
      ]);
      const connectionId = await createConnection(t, 'limits-aws');
      for (const app of ['limits', 'backtrack']) {
        assemblies[app] = await createAssembly(t, connectionId, app, { resourceFilterStrategy: shopFilter(app), allowCrossRegionRecovery: true });
        const protectionId = await startProtection(t, assemblies[app]!);
        expect((await waitForProtection(t, assemblies[app]!, protectionId)).status).toBe('success');
      }
    });
    afterAll(() => t.close());

    const westward = { recoveryName: 'limits', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } };

    it('a global database\'s member and Serverless v1: a failed check naming each and why; the start is refused (409) and nothing is made', async () => {
      const plan = (await startRecovery(t, assemblies.limits!, { ...westward, dryRun: true })).json();
      const check = plan.checks.find((c: Json) => c.name === 'rds-cluster-features');
      expect(check).toMatchObject({ status: 'failed', resourceIds: ['orders-global-member', 'reports-serverless-v1'] });
      expect(check.message).toContain('orders-global-member: it is a member of Aurora global database orders-global');
      expect(check.message).toContain('reports-serverless-v1: it is Aurora Serverless v1 (EngineMode serverless), which reached its end of life on 31 March 2025');
      const start = await startRecovery(t, assemblies.limits!, westward);
      expect(start.statusCode, start.body).toBe(409);
      expect(start.json().errors[0].code).toBe('PREFLIGHT_FAILED');
    });

    it('forced, the sim refuses them as the AWS driver does: skipped with the check as the reason, not made in the target', async () => {
      const id = await recover(t, assemblies.limits!, { ...westward, force: true });
      const done = await waitForRecovery(t, assemblies.limits!, id);
      for (const r of done.resources) expect(r.status, JSON.stringify(r)).not.toBe('recovered');
      const sim = t.app.sim!;
      expect(await sim.recreate({ type: 'iam-role', roleArn: `arn:aws:iam::${DEMO_ACCOUNT}:role/LifeboatAccess`, externalId: 'x' }, {
        region: 'us-west-2', recoveryId: 'rec-direct', sourceResourceId: 'orders-global-member', type: 'rds:cluster', name: 'orders-global-member', snapshotId: 'rds:none',
        configuration: { engine: 'aurora-mysql', globalClusterIdentifier: 'orders-global' }, tags: {}, dependencies: [],
      }).catch((e: unknown) => e)).toMatchObject({ cloudCode: 'NotSupported', message: expect.stringContaining('member of Aurora global database orders-global') });
    });

    it('a backtrack window: a warning (the window is set again, its history is lost); the cluster is recovered', async () => {
      const plan = (await startRecovery(t, assemblies.backtrack!, { ...westward, dryRun: true })).json();
      expect(plan.checks.find((c: Json) => c.name === 'rds-cluster-features')).toMatchObject({
        status: 'warning', resourceIds: ['audit-backtrack'], message: expect.stringContaining('audit-backtrack: its backtrack window (86400 s) is set again on the restored cluster, but its backtrack history is not carried'),
      });
      const id = await recover(t, assemblies.backtrack!, westward);
      expect((await waitForRecovery(t, assemblies.backtrack!, id)).recoveryStatus).toBe('completed');
    });
  });
}
