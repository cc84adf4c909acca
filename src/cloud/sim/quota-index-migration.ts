import { sql } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/**
 * Resources by (account, region, type, instance type): a launch's vCPU check (quotas.ts quotaUseQuery) sums the
 * instance types of the account's instances in the region. Without it each check read every instance's row and parsed
 * its configuration: a recovery of 100,000 resources recreated its last level's instances one or two a second, and
 * never finished (issue 19). The index holds the instance type as the query computes it, so the check reads only
 * index entries (on SQLite a covering index; on PostgreSQL an index range). Counting quotas (VPCs, DB instances) use
 * its first three columns.
 */
export const simQuotaIndexMigration: LifeboatMigration = {
  name: '0044-sim-resources-quota',
  async up(db, dialect) {
    if (dialect === 'postgres') {
      await sql`create index sim_resources_quota on sim_resources (account_id, region, type, ((configuration::json ->> 'instanceType')))`.execute(db);
    } else {
      await sql`create index sim_resources_quota on sim_resources (account_id, region, type, json_extract(configuration, '$.instanceType'))`.execute(db);
    }
  },
};
