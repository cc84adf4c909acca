import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

/** Retention: a protection policy's retentionCount prunes the oldest unlocked protections, deleting their snapshots. */
for (const dialect of DIALECTS) {
  describe(`protection retention [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    const DONE = ['success', 'partially-protected', 'failed', 'skipped'];

    const protect = async () => {
      const res = await t.request({ method: 'POST', url: `${base}/protections` });
      expect(res.statusCode).toBe(202);
      const id = res.json().id as string;
      await eventually(async () => {
        const status = (await t.request({ method: 'GET', url: `${base}/protections/status?protection_id=${id}` })).json().status;
        const assembly = (await t.request({ method: 'GET', url: base })).json();
        return DONE.includes(status) && assembly.lastProtection?.id === id && assembly.lastProtection.status !== 'created';
      }, 15_000, `protection ${id}`);
      return id;
    };
    const statusOf = async (id: string) => (await t.request({ method: 'GET', url: `${base}/protections/status?protection_id=${id}` })).json().status;
    const liveSnapshots = (protectionId: string) => t.app.sim!.countSnapshots({ protectionId });

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const c = (await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody() })).json();
      await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${c.id}` })).json().connectivityStatus === 'success');
      const a = (await t.request({
        method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
        payload: {
          name: 'kept', cloudConnectionId: c.id, sourceRegion: 'us-east-1', replicaRegions: ['us-west-2'],
          resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] },
        },
      })).json();
      base = `${t.P}/aws/cloud-assemblies/${a.id}`;
      const policy = await t.request({
        method: 'POST', url: `${base}/protection-policies`,
        payload: { name: 'keep-two', frequencyType: 'yearly', timeZone: 'UTC', retentionCount: 2, replicaRetentionCount: 1 },
      });
      expect(policy.statusCode).toBe(201);
    });
    afterAll(() => t.close());

    it('keeps retentionCount protections: the oldest becomes elapsed and its snapshots are deleted', async () => {
      const first = await protect();
      expect(await liveSnapshots(first)).toBeGreaterThan(0);
      const second = await protect();
      const third = await protect();
      await eventually(async () => (await statusOf(first)) === 'elapsed', 10_000, 'first pruned');
      expect(await liveSnapshots(first)).toBe(0);
      expect(await statusOf(second)).toBe('success');
      expect(await statusOf(third)).toBe('success');
      // replicaRetentionCount 1: the second keeps its source snapshots but its replica copies are gone.
      const details = (await t.request({ method: 'GET', url: `${base}/protections/${second}` })).json();
      const data = details.resources.filter((r: { dataResource: boolean }) => r.dataResource);
      await eventually(async () => {
        const d = (await t.request({ method: 'GET', url: `${base}/protections/${second}` })).json();
        return d.resources.filter((r: { dataResource: boolean }) => r.dataResource).every((r: { replicas: Record<string, { status: string }> }) => r.replicas['us-west-2']!.status === 'deleted');
      }, 10_000, 'replicas of the second pruned');
      expect(data.every((r: { snapshotStatus: string }) => r.snapshotStatus === 'completed')).toBe(true);
      expect(await t.app.sim!.countSnapshots({ protectionId: second, region: 'us-east-1' })).toBe(data.length);
      expect(await t.app.sim!.countSnapshots({ protectionId: second, region: 'us-west-2' })).toBe(0);
    });

    it('never prunes a locked protection', async () => {
      const timeline = (await t.request({ method: 'GET', url: `${base}/protections?status=success` })).json();
      const oldest = timeline[timeline.length - 1].id as string;
      expect((await t.request({ method: 'PUT', url: `${base}/protections/${oldest}/lock`, payload: { locked: true } })).json().locked).toBe(true);
      await protect();
      await protect();
      await new Promise((r) => setTimeout(r, 500));
      expect(await statusOf(oldest)).toBe('success');
      expect(await liveSnapshots(oldest)).toBeGreaterThan(0);
    });

    it('pruning-failed, with the reason, when the cloud refuses to delete a snapshot', async () => {
      const fault = await t.app.sim!.addFault({ operation: 'deleteSnapshot', errorCode: 'InternalError' });
      try {
        const timeline = (await t.request({ method: 'GET', url: `${base}/protections?status=success` })).json();
        const unlocked = timeline.filter((p: { locked: boolean }) => !p.locked);
        const victim = unlocked[unlocked.length - 1].id as string;
        await protect();
        await eventually(async () => (await statusOf(victim)) === 'pruning-failed', 10_000, 'pruning-failed');
        const details = (await t.request({ method: 'GET', url: `${base}/protections/${victim}` })).json();
        expect(details.statusMessage).toMatch(/InternalError/);
      } finally {
        await t.app.sim!.removeFault(fault);
      }
    });
  });
}
