import type { LifeboatMigration } from '../db/migrate.ts';

/**
 * The claim's order as an index: (status, run_at, id). The claim reads the oldest due jobs of one status in
 * (run_at, id) order; with (status, run_at) alone a backlog whose jobs share a run_at (a burst of enqueues in
 * one millisecond) had to be read whole and sorted by id on every claim (4.4 ms per claim at 6,000 pending
 * jobs on SQLite, issue 19). It serves everything the old index did, which goes.
 */
export const jobsClaimIndexMigration: LifeboatMigration = {
  name: '0037-jobs-claim-index',
  async up(db) {
    await db.schema.createIndex('jobs_claim_order').on('jobs').columns(['status', 'run_at', 'id']).execute();
    await db.schema.dropIndex('jobs_status_run_at').execute();
  },
};
