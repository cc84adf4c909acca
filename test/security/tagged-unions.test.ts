// A tagged union (accessMethod, the assembly's and the recovery's resourceFilterStrategy, a policy's activation) must be
// an object: any other JSON value is a 400 naming the field, with nothing written. Before the fix Ajv applied the
// discriminator to objects only, so `123` passed validation and was stored (the assembly's filter) or crashed (500).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembliesFilterRepairMigration } from '../../src/modules/assemblies/filter-repair-migration.ts';
import { connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { assemblyUrl, createAssembly, createConnection, startProtection, waitForProtection } from '../protections/fixture.ts';
import { recoveriesUrl } from '../recoveries/fixture.ts';

const NOT_OBJECTS: unknown[] = [123, 'x', null, true, [], [{ type: 'iam-role' }]];

for (const dialect of DIALECTS) {
  describe(`tagged unions accept objects only [${dialect}]`, () => {
    let t: TestApp;
    let connectionId: number;
    let assemblyId: number;
    const count = async (table: string) => Number((await t.app.store.db.selectFrom(table as never).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow() as { n: number | string }).n);
    const refused = (res: { statusCode: number; body: string; json(): any }, field: string) => {
      expect(res.statusCode, res.body).toBe(400);
      expect(JSON.stringify(res.json())).toContain(field);
    };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      connectionId = await createConnection(t);
      assemblyId = await createAssembly(t, connectionId, 'shop');
      await waitForProtection(t, assemblyId, await startProtection(t, assemblyId));
    });
    afterAll(() => t.close());

    it('accessMethod: create and credentials', async () => {
      const before = await count('cloud_connections');
      for (const value of NOT_OBJECTS) {
        refused(await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody({ name: 'other', accessMethod: value }) }), 'accessMethod');
        refused(await t.request({ method: 'PUT', url: `${t.P}/aws/cloud-connections/${connectionId}/credentials`, payload: { accessMethod: value } }), 'accessMethod');
      }
      expect(await count('cloud_connections')).toBe(before);
      const connection = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${connectionId}` })).json();
      expect(connection.accessMethod.type).toBe('iam-role');
    });

    it("the assembly's resourceFilterStrategy: create and replace", async () => {
      const before = await count('cloud_assemblies');
      const current = (await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).json();
      for (const value of NOT_OBJECTS) {
        refused(await t.request({
          method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
          payload: { name: 'other', cloudConnectionId: connectionId, sourceRegion: 'us-east-1', resourceFilterStrategy: value },
        }), 'resourceFilterStrategy');
        refused(await t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/resources`, payload: { ...pick(current), resourceFilterStrategy: value } }), 'resourceFilterStrategy');
      }
      expect(await count('cloud_assemblies')).toBe(before);
      expect((await t.request({ method: 'GET', url: `${assemblyUrl(t, assemblyId)}/resources` })).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).json().resourceFilterStrategy).toEqual(current.resourceFilterStrategy);
    });

    it("the recovery's resourceFilterStrategy: start and dry run", async () => {
      for (const value of NOT_OBJECTS) {
        refused(await t.request({ method: 'POST', url: recoveriesUrl(t, assemblyId), payload: { recoveryName: 'drill-x', resourceFilterStrategy: value } }), 'resourceFilterStrategy');
        refused(await t.request({ method: 'POST', url: recoveriesUrl(t, assemblyId), payload: { recoveryName: 'drill-x', dryRun: true, resourceFilterStrategy: value } }), 'resourceFilterStrategy');
      }
      expect(await count('recoveries')).toBe(0);
    });

    it("a policy's activation: create and replace", async () => {
      const url = `${assemblyUrl(t, assemblyId)}/protection-policies`;
      const body = { name: 'daily', frequencyType: 'daily', frequencyDetails: { hours: [2] } };
      for (const value of NOT_OBJECTS) refused(await t.request({ method: 'POST', url, payload: { ...body, activation: value } }), 'activation');
      expect(await count('protection_policies')).toBe(0);
      const created = await t.request({ method: 'POST', url, payload: body });
      expect(created.statusCode, created.body).toBe(201);
      for (const value of NOT_OBJECTS) refused(await t.request({ method: 'PUT', url: `${url}/${created.json().id}`, payload: { ...body, activation: value } }), 'activation');
    });
  });
}

/** The replaceable part of an assembly as GET shows it (what PUT …/resources takes). */
function pick(assembly: Record<string, unknown>): Record<string, unknown> {
  return { resourceFilterStrategy: assembly.resourceFilterStrategy, replicaRegions: assembly.replicaRegions, allowCrossRegionRecovery: assembly.allowCrossRegionRecovery };
}

for (const dialect of DIALECTS) {
  describe(`migration 0018 mends an assembly that already stored a non-object filter [${dialect}]`, () => {
    let t: TestApp;
    afterAll(() => t.close());

    it('disabled with a message, readable, and its owner can set a filter and protect again over the API', async () => {
      t = await startTestApp(dialect);
      const connectionId = await createConnection(t);
      const assemblyId = await createAssembly(t, connectionId, 'broken');
      // The row as the unvalidated PUT left it.
      await t.app.store.db.updateTable('cloud_assemblies' as never).set({ resource_filter: '123' } as never).where('id' as never, '=', assemblyId as never).execute();
      await assembliesFilterRepairMigration.up(t.app.store.db, dialect);

      const repaired = (await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).json();
      expect(repaired).toMatchObject({ status: 'disabled', resourceFilterStrategy: { filterType: 'manual', resourceIds: [] } });
      expect(repaired.statusMessage).toMatch(/resourceFilterStrategy held 123.*PUT …\/resources/);
      expect((await t.request({ method: 'GET', url: `${assemblyUrl(t, assemblyId)}/resources` })).statusCode).toBe(200);

      const set = await t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/resources`, payload: { resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] } } });
      expect(set.statusCode, set.body).toBe(200);
      const enabled = await t.request({ method: 'PUT', url: `${assemblyUrl(t, assemblyId)}/status`, payload: { status: 'enabled' } });
      expect(enabled.statusCode, enabled.body).toBe(200);
      expect(enabled.json().statusMessage).toBeNull();
      const done = await waitForProtection(t, assemblyId, await startProtection(t, assemblyId));
      expect(done.status).toBe('success');

      // A sound row is left as it was.
      const other = await createAssembly(t, connectionId, 'sound');
      const before = (await t.request({ method: 'GET', url: assemblyUrl(t, other) })).json();
      await assembliesFilterRepairMigration.up(t.app.store.db, dialect);
      expect((await t.request({ method: 'GET', url: assemblyUrl(t, other) })).json()).toEqual(before);
    });
  });
}
