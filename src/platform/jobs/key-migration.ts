import { sql } from 'kysely';
import type { LifeboatMigration } from '../db/migrate.ts';

/**
 * One pending and one running job per key, instead of one live job per key. With one live job, a request made
 * while the key's job was running (a verify after new credentials, a drill advance, a prune requested just as
 * the previous one finished) was dropped by the key and never ran (issue 19). Now it waits as the key's pending
 * job; the claim takes it only once the running one has ended (claim.ts), so two jobs of one key never run at
 * once, and a second request while one waits is still the same request (enqueue inserts nothing).
 */
export const jobsKeyMigration: LifeboatMigration = {
  name: '0039-jobs-pending-and-running-key',
  async up(db) {
    await db.schema.dropIndex('jobs_live_key').execute();
    await db.schema.createIndex('jobs_pending_key').on('jobs').column('key').unique().where(sql.ref('status'), '=', 'pending').execute();
    await db.schema.createIndex('jobs_running_key').on('jobs').column('key').unique().where(sql.ref('status'), '=', 'running').execute();
  },
};
