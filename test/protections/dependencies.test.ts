import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { idOf } from '../assemblies/fixture.ts';
import { protectedShop, recover, waitForRecovery } from '../recoveries/fixture.ts';
import { assemblyUrl, createAssembly, details, startProtection, waitForProtection, type Json } from './fixture.ts';

const INVOICER_SG = idOf('us-east-1', 'billing-invoicer-sg');

/** A protection captures what its selection depends on, directly or not, as configuration only. */
for (const dialect of DIALECTS) {
  describe(`protections: the dependency closure [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await protectedShop(t);
    });
    afterAll(() => t.close());

    it("captures billing's group, which the shop database group allows, as a dependency: configuration only, counted apart", async () => {
      const protection = await details(t, shop.assemblyId, shop.protectionId);
      const dependencies = protection.resources.filter((r: Json) => r.captureReason === 'dependency');
      expect(dependencies.map((r: Json) => r.resourceId)).toEqual([INVOICER_SG]);
      expect(dependencies[0]).toMatchObject({ type: 'ec2:security-group', snapshotStatus: 'not-applicable', snapshotId: null, replicas: {}, tags: { app: 'billing' } });
      expect(dependencies[0].configuration).toMatchObject({ groupName: 'billing-invoicer-sg' });
      expect(protection).toMatchObject({ status: 'success', dependencyCount: 1, resourceCount: protection.resources.length - 1 });
      expect(protection.statusMessage).toBe('1 dependency outside the selection captured as configuration (no data snapshot): see GET …/resources');
      for (const r of protection.resources.filter((r: Json) => r.captureReason === 'selected')) expect(r.captureNote).toBeNull();
    });

    it('the preview says the same: captured as configuration, not a dependency that falls outside', async () => {
      const res = await t.request({ method: 'GET', url: `${assemblyUrl(t, shop.assemblyId)}/resources` });
      expect(res.statusCode, res.body).toBe(200);
      const preview = res.json();
      expect(preview.capturedDependencies.map((r: Json) => r.resourceId)).toEqual([INVOICER_SG]);
      expect(preview.dependencyWarnings).toEqual([{
        resourceId: idOf('us-east-1', 'shop-db-sg'), missingDependency: INVOICER_SG, missingType: 'ec2:security-group', outcome: 'captured-as-configuration',
        message: `ec2:security-group ${INVOICER_SG} is outside the selection: captured as configuration (no data snapshot)`,
      }]);
    });

    it("the demo's cross-region drill of shop completes: every resource recovered, billing's group with it", async () => {
      const id = await recover(t, shop.assemblyId, { recoveryName: 'west-drill', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      expect(done).toMatchObject({ recoveryStatus: 'completed', failedCount: 0, skippedCount: 0, statusMessage: null });
      expect(done.recoveredCount).toBe(done.resourceCount);
      for (const r of done.resources) expect(r.status, r.sourceResourceId).toBe('recovered');
      expect(done.resources.find((r: Json) => r.sourceResourceId === INVOICER_SG)).toMatchObject({ action: 'create', status: 'recovered' });
      expect(done.resources.find((r: Json) => r.sourceResourceId === 'shop-db')).toMatchObject({ action: 'restore', status: 'recovered' });
    });

    it('a data resource captured as a dependency has no snapshot, says so, and a recovery recreates it empty', async () => {
      // billing's invoicer alone: the database and the invoices table it uses come in as dependencies, and what they need.
      const assemblyId = await createAssembly(t, shop.connectionId, 'invoicer-only', {
        resourceFilterStrategy: { filterType: 'manual', resourceIds: ['billing-invoicer'] }, replicaRegions: [],
      });
      const snapshotsBefore = (await t.app.sim!.listSnapshots()).length;
      const protectionId = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, protectionId)).status).toBe('success');
      const protection = await details(t, assemblyId, protectionId);
      expect(protection).toMatchObject({ resourceCount: 1, dataResourceCount: 0, snapshotsCompleted: 0 });
      expect(protection.dependencyCount).toBe(protection.resources.length - 1);
      const byId = new Map<string, Json>(protection.resources.map((r: Json) => [r.resourceId, r]));
      expect(byId.get('billing-invoicer')).toMatchObject({ captureReason: 'selected' });
      // Transitively too: the database's group allows the web servers' group, which allows the load balancer's.
      for (const name of ['shop-db-sg', 'shop-web-sg', 'shop-alb-sg', 'shop-prod-vpc']) expect(byId.get(idOf('us-east-1', name))?.captureReason, name).toBe('dependency');
      for (const id of ['shop-db', 'billing-invoices']) {
        expect(byId.get(id)).toMatchObject({
          captureReason: 'dependency', dataResource: true, snapshotStatus: 'not-applicable', snapshotId: null,
          captureNote: expect.stringMatching(/no data snapshot, so a recovery recreates it empty/),
        });
      }
      expect((await t.app.sim!.listSnapshots()).length).toBe(snapshotsBefore);

      const id = await recover(t, assemblyId, { recoveryName: 'invoicer-drill' });
      const done = await waitForRecovery(t, assemblyId, id);
      expect(done).toMatchObject({ recoveryStatus: 'completed', failedCount: 0, skippedCount: 0 });
      const db = done.resources.find((r: Json) => r.sourceResourceId === 'shop-db');
      expect(db).toMatchObject({ action: 'create', snapshotId: null, status: 'recovered', note: expect.stringMatching(/recreated empty, its data is not restored/) });
      const recovered = await t.app.sim!.getResource({ accountId: '111111111111', region: 'us-east-1', resourceId: db.recoveredResourceId });
      expect(recovered!.configuration).not.toHaveProperty('restoredFromSnapshotId');
    });

    it('a dependency that cannot be found (deleted) stays a warning, in the preview and the protection', async () => {
      await t.app.sim!.putResource({
        accountId: '111111111111', region: 'us-east-1', resourceId: 'sg-0ghost0000000000a', type: 'ec2:security-group', name: 'ghost-sg',
        tags: { app: 'ghost' }, configuration: { vpcId: idOf('us-east-1', 'shop-prod-vpc'), ingress: [{ sourceSecurityGroupId: 'sg-0deleted000000000' }] },
        dependencies: [idOf('us-east-1', 'shop-prod-vpc'), 'sg-0deleted000000000'],
      });
      const assemblyId = await createAssembly(t, shop.connectionId, 'ghost', {
        resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'ghost' }] }, replicaRegions: [],
      });
      const preview = (await t.request({ method: 'GET', url: `${assemblyUrl(t, assemblyId)}/resources` })).json();
      expect(preview.capturedDependencies.map((r: Json) => r.name)).toEqual(['shop-prod-vpc']);
      expect(preview.dependencyWarnings).toEqual([
        expect.objectContaining({ missingDependency: idOf('us-east-1', 'shop-prod-vpc'), outcome: 'captured-as-configuration' }),
        {
          resourceId: 'sg-0ghost0000000000a', missingDependency: 'sg-0deleted000000000', missingType: null, outcome: 'not-found',
          message: "resource sg-0deleted000000000 cannot be found in the source account and region (deleted, or another account's): a recovery cannot rebuild it",
        },
      ]);
      const protectionId = await startProtection(t, assemblyId);
      const done = await waitForProtection(t, assemblyId, protectionId);
      expect(done.statusMessage).toBe('1 dependency outside the selection captured as configuration (no data snapshot); '
        + '1 dependency not found in the source account and region: see GET …/resources');
      // The recovery is not blocked by it: an isolated one drops the rule that names it.
      const id = await recover(t, assemblyId, { recoveryName: 'ghost-drill' });
      const recovery = await waitForRecovery(t, assemblyId, id);
      expect(recovery.recoveryStatus).toBe('completed');
      expect(recovery.resources.find((r: Json) => r.sourceResourceId === 'sg-0ghost0000000000a').droppedReferences.map((d: Json) => d.field))
        .toEqual(['ingress[0].sourceSecurityGroupId']);
    });
  });
}
