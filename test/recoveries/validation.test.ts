import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { expectFieldError, expectNativeError } from '../tenancy/native.ts';
import { createAssembly, dbOf, type Json } from '../protections/fixture.ts';
import { protectedShop, recoveriesUrl, recoveryRowCounts, startRecovery } from './fixture.ts';

/** Every bad start is refused with the field named (400) or the conflict said (409), and nothing is written. */
for (const dialect of DIALECTS) {
  describe(`recoveries: refused starts [${dialect}]`, () => {
    let t: TestApp;
    let shop: { connectionId: number; assemblyId: number; protectionId: string };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      shop = await protectedShop(t);
    });
    afterAll(() => t.close());

    const ok = { recoveryName: 'drill-1' };
    /** Stands for the assembly's own connection id, known only once the shop exists. */
    const OWN = 'own-connection-id';
    const fieldCases: Array<[string, Json, string, RegExp?]> = [
      ['no name', {}, 'recoveryName'],
      ['a name too short', { recoveryName: 'dr' }, 'recoveryName'],
      ['a name too long', { recoveryName: 'd'.repeat(56) }, 'recoveryName'],
      ['a name with capitals', { recoveryName: 'Drill-1' }, 'recoveryName'],
      ['a name ending in a hyphen', { recoveryName: 'drill-' }, 'recoveryName'],
      ['an unknown scope', { ...ok, recoveryScope: 'cross-planet' }, 'recoveryScope'],
      ['an unknown mode', { ...ok, recoveryMode: 'teleport' }, 'recoveryMode'],
      ['an unknown filter type', { ...ok, resourceFilterStrategy: { type: 'some' } }, 'resourceFilterStrategy.type'],
      ['a custom filter without ids', { ...ok, resourceFilterStrategy: { type: 'custom' } }, 'resourceFilterStrategy.resourceIds'],
      ['an unknown field', { ...ok, recoveryColour: 'red' }, 'recoveryColour'],
      ['resetAfterMinutes 0', { ...ok, resetAfterMinutes: 0 }, 'resetAfterMinutes'],
      ['resetAfterMinutes over 30 days', { ...ok, resetAfterMinutes: 43_201 }, 'resetAfterMinutes'],
      ['cross-region without its configuration', { ...ok, recoveryScope: 'cross-region' }, 'crossRegionConfiguration.recoveryRegion'],
      ['cross-region into the source region', { ...ok, recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-east-1' } }, 'crossRegionConfiguration.recoveryRegion'],
      ['cross-region into a region that does not exist', { ...ok, recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'mars-north-1' } }, 'crossRegionConfiguration.recoveryRegion'],
      ['cross-region into a region the connection does not operate in', { ...ok, recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'eu-west-1' } }, 'crossRegionConfiguration.recoveryRegion'],
      ['a region configuration on a same-region recovery', { ...ok, crossRegionConfiguration: { recoveryRegion: 'us-west-2' } }, 'crossRegionConfiguration'],
      ['an account configuration on a cross-region recovery', { ...ok, recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' }, crossAccountConfiguration: { cloudConnectionId: 1 } }, 'crossAccountConfiguration'],
      ['cross-account without its configuration', { ...ok, recoveryScope: 'cross-account' }, 'crossAccountConfiguration.cloudConnectionId'],
      ['cross-account into the assembly\'s own connection', { ...ok, recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: OWN } }, 'crossAccountConfiguration.cloudConnectionId', /another connection than the assembly's own/],
      ['cross-account into a connection that does not exist', { ...ok, recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: 987_654 } }, 'crossAccountConfiguration.cloudConnectionId'],
      ['a zone of another region', { ...ok, recoveryScope: 'cross-zone', crossZoneConfiguration: { availabilityZone: 'us-west-2a' } }, 'crossZoneConfiguration.availabilityZone'],
      ['use-source across regions', { ...ok, recoveryScope: 'cross-region', recoveryMode: 'use-source', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } }, 'recoveryMode'],
      ['a protection that is not on the timeline', { ...ok, protectionId: 'prot-00000000000000000000' }, 'protectionId'],
      ['resource ids the protection did not capture', { ...ok, resourceFilterStrategy: { type: 'custom', resourceIds: ['i-nope'] } }, 'resourceFilterStrategy.resourceIds'],
      ['tags that select nothing', { ...ok, resourceFilterStrategy: { type: 'tags', conditions: 'match-all-tags', tags: [{ key: 'app', value: 'nothing' }] } }, 'resourceFilterStrategy'],
    ];

    it.each(fieldCases)('%s: 400 naming the field, nothing written', async (_what, body, field, message) => {
      const payload = JSON.parse(JSON.stringify(body).replace(`"${OWN}"`, String(shop.connectionId)));
      for (const dryRun of [false, true]) {
        const before = await recoveryRowCounts(t);
        const refused = expectFieldError(await startRecovery(t, shop.assemblyId, dryRun ? { ...payload, dryRun } : payload), field);
        if (message) expect(refused.fieldErrors[field]).toMatch(message);
        expect(await recoveryRowCounts(t)).toEqual(before);
      }
    });

    it('a body that is not JSON, or not an object: 400', async () => {
      const res = await t.request({ method: 'POST', url: recoveriesUrl(t, shop.assemblyId), payload: '[1]', headers: { 'content-type': 'application/json' } });
      expectNativeError(res, 400, 'validation');
    });

    it('409s: an assembly without a successful protection, a failed or pruned protection, an assembly that disallows cross-region', async () => {
      const before = await recoveryRowCounts(t);
      const bare = await createAssembly(t, shop.connectionId, 'bare');
      const none = expectNativeError(await startRecovery(t, bare, ok), 409, 'conflict');
      expect(none.errors[0].code).toBe('NO_RECOVERABLE_PROTECTION');

      for (const status of ['failed', 'elapsed']) {
        await dbOf(t).updateTable('protections').set({ status }).where('id', '=', shop.protectionId).execute();
        try {
          const body = expectNativeError(await startRecovery(t, shop.assemblyId, { ...ok, protectionId: shop.protectionId }), 409, 'conflict');
          expect(body.errors[0].code).toBe('PROTECTION_NOT_RECOVERABLE');
          expect(body.message).toContain(status);
          expect(body.fieldErrors.protectionId).toBe(`is ${status}`);
        } finally {
          await dbOf(t).updateTable('protections').set({ status: 'success' }).where('id', '=', shop.protectionId).execute();
        }
      }

      await dbOf(t).updateTable('cloud_assemblies').set({ allow_cross_region_recovery: 0 }).where('id', '=', shop.assemblyId).execute();
      try {
        const body = expectNativeError(await startRecovery(t, shop.assemblyId, { ...ok, recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } }), 409, 'conflict');
        expect(body.errors[0].code).toBe('CROSS_REGION_RECOVERY_NOT_ALLOWED');
      } finally {
        await dbOf(t).updateTable('cloud_assemblies').set({ allow_cross_region_recovery: 1 }).where('id', '=', shop.assemblyId).execute();
      }
      expect(await recoveryRowCounts(t)).toEqual(before);
    });

    it('a target connection that is disabled: 409, nothing written', async () => {
      const before = await recoveryRowCounts(t);
      await t.request({ method: 'PUT', url: `${t.P}/aws/cloud-connections/${shop.connectionId}/status`, payload: { status: 'disabled' } });
      try {
        const body = expectNativeError(await startRecovery(t, shop.assemblyId, ok), 409, 'conflict');
        expect(body.errors[0].code).toBe('TARGET_CONNECTION_NOT_READY');
      } finally {
        await t.request({ method: 'PUT', url: `${t.P}/aws/cloud-connections/${shop.connectionId}/status`, payload: { status: 'enabled' } });
      }
      expect(await recoveryRowCounts(t)).toEqual(before);
    });

    it('unknown assembly or recovery: 404; actions on a recovery of another assembly: 404', async () => {
      expectNativeError(await startRecovery(t, 987_654, ok), 404, 'not-found');
      for (const path of ['', '/cancel', '/reset', '/reset-status']) {
        const res = await t.request({ method: path === '' || path === '/reset-status' ? 'GET' : 'POST', url: `${recoveriesUrl(t, shop.assemblyId)}/rec-00000000000000000000${path}` });
        expectNativeError(res, 404, 'not-found');
      }
    });
  });
}
