import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { getAssembly } from '../protections/fixture.ts';
import { protectedShop, recover, waitForRecovery } from '../recoveries/fixture.ts';

/** Per-assembly gauges of /metrics: the RPO status, the last drill's result and the measured RTO. */
for (const dialect of DIALECTS) {
  describe(`metrics: per assembly [${dialect}]`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp(dialect);
    });
    afterAll(() => t.close());

    const samples = async (name: string, assembly: string) => (await t.request({ method: 'GET', url: '/metrics', token: null })).body
      .split('\n').filter((l) => l.startsWith(`${name}{`) && l.includes(`assembly="${assembly}"`));

    it('a drill: its result and when it finished; the RTO of the latest recovery that measured one; the RPO status', async () => {
      const shop = await protectedShop(t);
      const assembly = await getAssembly(t, shop.assemblyId);
      expect(await samples('lifeboat_assembly_last_drill_succeeded', assembly.name)).toEqual([]);
      expect(await samples('lifeboat_assembly_rpo_breached', assembly.name)).toEqual([
        `lifeboat_assembly_rpo_breached{account_id="${t.accountId}",project_id="default",assembly="${assembly.name}",rpo_status="unknown"} 0`,
      ]);

      const id = await recover(t, shop.assemblyId, { recoveryName: 'drill-metrics', recoveryScope: 'same-region', recoveryMode: 'rebuild', resourceFilterStrategy: { type: 'all' } });
      const done = await waitForRecovery(t, shop.assemblyId, id);
      const [result] = await samples('lifeboat_assembly_last_drill_succeeded', assembly.name);
      expect(result).toContain(`status="${done.recoveryStatus}"`);
      expect(result!.endsWith(done.recoveryStatus === 'completed' ? ' 1' : ' 0')).toBe(true);
      const [finished] = await samples('lifeboat_assembly_last_drill_timestamp_seconds', assembly.name);
      expect(Number(finished!.split(' ')[1])).toBeGreaterThan(Date.now() / 1000 - 60);
      // The recovery validated: its measured RTO is the gauge's.
      expect(done.validation.status).toBe('passed');
      expect(await samples('lifeboat_assembly_measured_rto_seconds', assembly.name)).toEqual([
        `lifeboat_assembly_measured_rto_seconds{account_id="${t.accountId}",project_id="default",assembly="${assembly.name}"} ${done.rtoSeconds}`,
      ]);

      const res = await t.request({ method: 'PUT', url: `${t.P}/aws/cloud-assemblies/${shop.assemblyId}/general-information`, payload: { name: assembly.name, rpoTargetMinutes: 60 } });
      expect(res.statusCode, res.body).toBe(200);
      expect(await samples('lifeboat_assembly_rpo_breached', assembly.name)).toEqual([
        `lifeboat_assembly_rpo_breached{account_id="${t.accountId}",project_id="default",assembly="${assembly.name}",rpo_status="met"} 0`,
      ]);
    });
  });
}
