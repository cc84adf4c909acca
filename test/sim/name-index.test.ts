import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotaUseQuery } from '../../src/cloud/sim/quotas.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, queryPlan, type SimFixture } from './sim-fixture.ts';

// A bucket recreate asks whether another account or region holds the name (assertNameFree). Without an index
// by name, that read scanned every resource: 90 ms a bucket at 100,000 resources, so a recovery of an estate
// with 12,333 buckets could not finish on SQLite (issue 19).
for (const dialect of DIALECTS) {
  describe(`the sim's name and vCPU quota checks read by index (${dialect})`, () => {
    let f: SimFixture;
    beforeAll(async () => {
      f = await openSim(dialect);
    });
    afterAll(async () => {
      await f.close();
    });

    it("the S3 bucket name check's query is served by sim_resources_by_name", async () => {
      const query = f.store.db
        .selectFrom('sim_resources')
        .select(['account_id', 'region'])
        .where('type', '=', 's3:bucket')
        .where('resource_id', '=', 'ledger-archive')
        .where((eb) => eb.or([eb('account_id', '!=', '111111111111'), eb('region', '!=', 'us-east-1')]))
        .compile();
      const plan = await queryPlan(f.store, query);
      expect(plan).toContain('sim_resources_by_name');
    });

    // A launch's vCPU check (quotaUsed 'on-demand-vcpus') sums the instance types of the account's instances in the
    // region. Read through the rows, it parsed every instance's configuration: with 100,000 resources a recovery's last
    // level recreated one or two instances a second (issue 19). An index on the instance type answers it from the index.
    it("the vCPU use query is answered from sim_resources_quota, without the rows' configurations", async () => {
      const query = quotaUseQuery(f.store.db, { accountId: '111111111111', region: 'us-east-1' }, 'on-demand-vcpus').compile();
      const plan = await queryPlan(f.store, query);
      // On SQLite the indexed expression is read from the index (a query of 20,000 instances: 66 -> 1.2 ms).
      expect(plan).toContain(dialect === 'sqlite' ? 'USING INDEX sim_resources_quota (account_id=? AND region=? AND type=?)' : 'sim_resources_quota');
    });
  });
}
