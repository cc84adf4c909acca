import { sql } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/**
 * RTO and RPO targets, and the RPO status the periodic evaluation last recorded (so each change fires its webhook once).
 * Until now a `partially-protected` protection also set last_successful_protection_at: it is recomputed from the
 * protections that succeeded, so an assembly that has failed every night since shows its real age at once.
 */
export const assembliesRpoMigration: LifeboatMigration = {
  name: '0029-assembly-rpo',
  async up(db) {
    await db.schema.alterTable('cloud_assemblies').addColumn('rto_target_minutes', 'integer').execute();
    await db.schema.alterTable('cloud_assemblies').addColumn('rpo_target_minutes', 'integer').execute();
    await db.schema.alterTable('cloud_assemblies').addColumn('rpo_status', 'text').execute();
    await sql`UPDATE cloud_assemblies SET last_successful_protection_at = (
      SELECT MAX(p.finished_at) FROM protections p WHERE p.assembly_id = cloud_assemblies.id AND p.status = 'success'
    )`.execute(db);
  },
};
