// Cross-account recoveries of the demo shop into the second account (222222222222), as a user runs them: every
// data resource's snapshot crosses through a share (after a copy under Lifeboat's key when AWS would refuse to
// share it) and is restored from the target's own copy; a reset leaves no copy, share or recovered resource.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_RESOURCE_TYPES } from '../../src/cloud/provider.ts';
import { sourceKeyAlias, TARGET_KEY_ALIAS } from '../../src/modules/recoveries/transfer.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { dbOf, DEMO_ACCOUNT, type Json } from '../protections/fixture.ts';
import { protectedShop, recover, recoveriesUrl, recoveryAccountConnection, RECOVERY_ACCOUNT, taggedWith, waitForRecovery, waitForReset } from './fixture.ts';

const isData = (type: string) => (DATA_RESOURCE_TYPES as readonly string[]).includes(type);

/** The sim's live snapshot shares with the recovery account. */
const sharesWithTarget = async (t: TestApp) =>
  (await dbOf(t).selectFrom('sim_snapshot_shares').select(['snapshot_id', 'account_id']).where('account_id', '=', RECOVERY_ACCOUNT).execute());
/** The sim's live copies made for one recovery, in both accounts. */
const copiesOf = async (t: TestApp, recoveryId: string) =>
  (await t.app.sim!.listSnapshots()).filter((s) => s.recoveryCopy?.startsWith(`${recoveryId}/`));
const keyAliasOf = async (t: TestApp, keyArn: string | null) =>
  keyArn && (await dbOf(t).selectFrom('sim_keys').select('alias').where('key_arn', '=', keyArn).executeTakeFirst())?.alias;

async function crossAccountShop(t: TestApp) {
  const shop = await protectedShop(t);
  const dr = await recoveryAccountConnection(t);
  return { ...shop, dr };
}

for (const dialect of DIALECTS) {
  describe(`recoveries: cross-account transfers [${dialect}]`, () => {
    let t: TestApp;
    let shop: Awaited<ReturnType<typeof crossAccountShop>>;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await crossAccountShop(t);
    });
    afterAll(() => t.close());

    const crossAccount = (recoveryName: string, recoveryRegion?: string) => recover(t, shop.assemblyId, {
      recoveryName, recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: shop.dr, ...(recoveryRegion ? { recoveryRegion } : {}) },
    });

    /** Checks what a completed cross-account recovery shows and holds: each data resource restored from the target's own copy. */
    async function expectRestoredFromOwnCopies(id: string, region: string): Promise<Json> {
      const done = await waitForRecovery(t, shop.assemblyId, id);
      // Until protections capture the dependency closure (issue 15, part 2), shop-db-sg and shop-db are blocked by the billing
      // team's group; everything else must be recovered.
      const notRecovered = done.resources.filter((r: Json) => r.status !== 'recovered');
      expect(notRecovered.filter((r: Json) => r.action !== 'blocked'), JSON.stringify(notRecovered)).toEqual([]);
      expect(done.recoveryStatus).toBe(notRecovered.length ? 'partially-completed' : 'completed');
      const data = done.resources.filter((r: Json) => isData(r.type) && r.status === 'recovered');
      expect(data.length).toBeGreaterThan(0);
      for (const r of done.resources.filter((x: Json) => !isData(x.type))) expect(r.transfer).toBeUndefined();
      for (const r of data) {
        const made = await t.app.sim!.getResource({ accountId: RECOVERY_ACCOUNT, region, resourceId: r.recoveredResourceId });
        expect(made, r.sourceResourceId).toBeDefined();
        expect(r.transfer).toMatchObject({ status: 'completed', sourceAccountId: DEMO_ACCOUNT, targetAccountId: RECOVERY_ACCOUNT, snapshotId: r.snapshotId, error: null });
        if (r.type === 'dynamodb:table') {
          // On-demand backups cannot be shared: created from its configuration, empty, and the details say why.
          expect(r.transfer).toMatchObject({ method: 'unsupported', lastStep: 'describe', receivedSnapshotId: null, shareCopyId: null });
          expect(r.transfer.reason).toMatch(/cannot be shared.*empty/);
          expect(made!.configuration.restoredFromSnapshotId).toBeUndefined();
          continue;
        }
        const received = r.transfer.receivedSnapshotId as string;
        expect(made!.configuration.restoredFromSnapshotId).toBe(received);
        const copy = (await t.app.sim!.listSnapshots({ accountId: RECOVERY_ACCOUNT, region })).find((s) => s.snapshotId === received);
        expect(copy, `${r.sourceResourceId}: the target's copy`).toMatchObject({ recoveryCopy: `${id}/receive`, kmsKeyId: r.transfer.targetKeyArn });
        expect(await keyAliasOf(t, r.transfer.targetKeyArn)).toBe(TARGET_KEY_ALIAS);
        if (r.transfer.keyManager === 'aws') {
          expect(r.transfer.method).toBe('copy-then-share');
          const shared = (await t.app.sim!.listSnapshots({ accountId: DEMO_ACCOUNT, region })).find((s) => s.snapshotId === r.transfer.shareCopyId);
          expect(shared, `${r.sourceResourceId}: the source's share-copy`).toMatchObject({ recoveryCopy: `${id}/share`, kmsKeyId: r.transfer.shareKeyArn });
          expect(await keyAliasOf(t, r.transfer.shareKeyArn)).toBe(sourceKeyAlias(RECOVERY_ACCOUNT));
          expect(copy!.sourceSnapshotId).toBe(r.transfer.shareCopyId);
        } else {
          expect(r.transfer).toMatchObject({ method: 'share', shareCopyId: null });
          expect(copy!.sourceSnapshotId).toBe(r.snapshotId);
        }
      }
      // The demo's volumes are under alias/aws/ebs: at least one resource had to take the copy-then-share path.
      expect(data.filter((r: Json) => r.transfer.method === 'copy-then-share').length).toBeGreaterThan(0);
      return done;
    }

    async function resetLeavesNothing(id: string): Promise<void> {
      expect((await t.request({ method: 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}/reset` })).statusCode).toBe(202);
      const status = await waitForReset(t, shop.assemblyId, id);
      expect(status.status, status.message).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
      expect(await copiesOf(t, id)).toEqual([]);
      expect(await sharesWithTarget(t)).toEqual([]);
      const after = (await t.request({ method: 'GET', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}` })).json();
      for (const r of after.resources.filter((x: Json) => x.transfer && x.transfer.method !== 'unsupported')) {
        expect(r.transfer.cleanup, r.sourceResourceId).toBe(r.transfer.shareCopyId ? 'delete-share-copy' : 'unshare');
      }
    }

    it('into the same region: every data resource restored from the target account\'s own copy; the reset removes copies and shares, keeps the keys', async () => {
      const id = await crossAccount('drill-xacct');
      await expectRestoredFromOwnCopies(id, 'us-east-1');
      // Exactly one copy a resource and purpose, in the right account.
      const copies = await copiesOf(t, id);
      const perKey = new Map<string, number>();
      for (const c of copies) perKey.set(`${c.accountId}/${c.resourceId}/${c.recoveryCopy}`, (perKey.get(`${c.accountId}/${c.resourceId}/${c.recoveryCopy}`) ?? 0) + 1);
      expect([...perKey.values()].every((n) => n === 1)).toBe(true);
      for (const c of copies) expect(c.accountId).toBe(c.recoveryCopy!.endsWith('/share') ? DEMO_ACCOUNT : RECOVERY_ACCOUNT);
      const keysBefore = await dbOf(t).selectFrom('sim_keys').select(['account_id', 'alias']).orderBy('account_id').execute();
      expect(keysBefore).toEqual([
        { account_id: DEMO_ACCOUNT, alias: sourceKeyAlias(RECOVERY_ACCOUNT) }, { account_id: RECOVERY_ACCOUNT, alias: TARGET_KEY_ALIAS },
      ]);
      await resetLeavesNothing(id);
      // AWS deletes a key 7–30 days after it is asked to: they stay, for the next recovery.
      expect(await dbOf(t).selectFrom('sim_keys').select(['account_id', 'alias']).orderBy('account_id').execute()).toEqual(keysBefore);
    });

    it('into another region: the replica copies cross, under that region\'s keys', async () => {
      const id = await crossAccount('drill-xacct-west', 'us-west-2');
      const done = await expectRestoredFromOwnCopies(id, 'us-west-2');
      for (const r of done.resources.filter((x: Json) => x.transfer?.shareKeyArn)) expect(r.transfer.shareKeyArn).toMatch(/^arn:aws:kms:us-west-2:111111111111:key\//);
      await resetLeavesNothing(id);
    });
  });

  describe(`recoveries: cross-account transfers with a step left out [${dialect}]`, () => {
    /** A recovery whose transfer leaves out one step: the resources it refuses fail with the cloud's message, their dependents are skipped. */
    async function withoutStep(step: 'share' | 'share-copy' | 'key-grant'): Promise<Json> {
      const t = await startTestApp(dialect, {}, { skipTransferStep: step });
      try {
        const shop = await crossAccountShop(t);
        const id = await recover(t, shop.assemblyId, {
          recoveryName: 'drill-broken', recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: shop.dr },
        });
        const done = await waitForRecovery(t, shop.assemblyId, id);
        expect(done.recoveryStatus).toBe('partially-completed');
        const copies = await copiesOf(t, id);
        // The reset also removes what the transfers made before the cloud refused a step.
        expect((await t.request({ method: 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/${id}/reset` })).statusCode).toBe(202);
        const reset = await waitForReset(t, shop.assemblyId, id);
        expect(reset.status, reset.message).toBe('completed');
        expect(await copiesOf(t, id)).toEqual([]);
        expect(await sharesWithTarget(t)).toEqual([]);
        expect(await taggedWith(t, id)).toEqual([]);
        return { ...done, copies };
      } finally {
        await t.close();
      }
    }

    it('without the share, the target account cannot read the snapshot: the sim refuses, the resource fails with its message', async () => {
      const done = await withoutStep('share');
      const data = done.resources.filter((r: Json) => isData(r.type) && r.type !== 'dynamodb:table' && r.action !== 'blocked');
      expect(data.length).toBeGreaterThan(0);
      for (const r of data) {
        expect(r, r.sourceResourceId).toMatchObject({ status: 'failed', recoveredResourceId: null });
        // AWS answers an unshared snapshot of another account as one that does not exist.
        expect(r.error).toMatch(/^The transfer to account 222222222222 failed at its receive step: (InvalidSnapshot\.NotFound|DBSnapshotNotFound|\w*NotFound\w*)/);
        expect(r.transfer).toMatchObject({ status: 'failed', lastStep: 'target-key', receivedSnapshotId: null });
      }
      // Nothing crossed: no copy exists in the target account.
      expect(done.copies.filter((c: Json) => c.accountId === RECOVERY_ACCOUNT)).toEqual([]);
      // What depends on a failed volume or database is skipped, as for any failed resource.
      const failed = new Set(data.map((r: Json) => r.sourceResourceId));
      const dependents = done.resources.filter((r: Json) => !isData(r.type) && r.status === 'skipped');
      expect(dependents.length).toBeGreaterThan(0);
      for (const r of dependents) expect(r.error).toMatch(/its dependency .* was not recovered/);
      expect(dependents.some((r: Json) => [...failed].some((id) => r.error.includes(id)))).toBe(true);
    });

    it("without the key's grant to the target, the sim refuses the target's copy of the shared snapshot", async () => {
      const done = await withoutStep('key-grant');
      const keyed = done.resources.filter((r: Json) => r.transfer?.method === 'copy-then-share');
      expect(keyed.length).toBeGreaterThan(0);
      for (const r of keyed) {
        expect(r, r.sourceResourceId).toMatchObject({ status: 'failed', recoveredResourceId: null });
        // Shared, but encrypted under a key whose policy does not let the target account use it.
        expect(r.error).toMatch(/^The transfer to account 222222222222 failed at its receive step: /);
        expect(r.transfer).toMatchObject({ status: 'failed', lastStep: 'target-key', receivedSnapshotId: null });
        expect(r.transfer.shareCopyId).toEqual(expect.any(String));
        expect(done.copies.filter((c: Json) => c.accountId === RECOVERY_ACCOUNT && c.resourceId === r.sourceResourceId)).toEqual([]);
      }
    });

    it('without the share-copy, the sim refuses to share a snapshot under the AWS-managed key', async () => {
      const done = await withoutStep('share-copy');
      const managed = done.resources.filter((r: Json) => r.transfer?.keyManager === 'aws');
      expect(managed.length).toBeGreaterThan(0);
      for (const r of managed) {
        expect(r, r.sourceResourceId).toMatchObject({ status: 'failed', recoveredResourceId: null });
        expect(r.error).toMatch(/^The transfer to account 222222222222 failed at its share step: InvalidParameter(Value)?: .*(AWS Managed CMK|default AWS KMS key)/);
        expect(r.transfer).toMatchObject({ method: 'copy-then-share', status: 'failed', shareCopyId: null, lastStep: 'share-copy' });
        expect(done.copies.filter((c: Json) => c.resourceId === r.sourceResourceId)).toEqual([]);
      }
    });
  });
}
