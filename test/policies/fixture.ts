import type { Kysely } from 'kysely';
import { narrow, type Store } from '../../src/platform/db/database.ts';
import type { AssembliesExecutor } from '../../src/modules/assemblies/service.ts';
import type { PolicyAssembliesPort } from '../../src/modules/policies/index.ts';
import type { PoliciesDb } from '../../src/modules/policies/store-types.ts';
import type { TestApp } from '../helpers/app.ts';

/**
 * Cloud assemblies are another module's: the tests insert their rows directly (with the connection row they
 * reference), in whatever status a test needs. By default the assembly allows cross-region recovery and its
 * connection operates in us-east-1 and us-west-2, as the demo shop's does: a drill policy's recovery body is checked
 * against them when it is written.
 */
export async function insertAssembly(t: TestApp, fields: {
  name?: string; status?: string; projectId?: string; accountId?: number; allowCrossRegionRecovery?: boolean; regions?: string[];
} = {}): Promise<number> {
  const db = t.app.store.db as unknown as Kysely<any>;
  const at = Date.now();
  const accountId = fields.accountId ?? t.accountId;
  const projectId = fields.projectId ?? 'default';
  const suffix = Math.random().toString(36).slice(2, 10);
  const connection = await db.insertInto('cloud_connections').values({
    account_id: accountId, project_id: projectId, name: `conn-${suffix}`, description: '', status: 'enabled',
    connectivity_status: 'success', access_method: 'iam-role', role_arn: 'arn:aws:iam::111111111111:role/LifeboatAccess',
    external_id: `lifeboat-${suffix}`, operational_regions: JSON.stringify(fields.regions ?? ['us-east-1', 'us-west-2']), services: '["EC2"]', created_at: at, updated_at: at, version: 1,
  }).returning('id').executeTakeFirstOrThrow();
  const assembly = await db.insertInto('cloud_assemblies').values({
    account_id: accountId, project_id: projectId, name: fields.name ?? `shop-${suffix}`, description: '', cloud_type: 'aws',
    cloud_connection_id: connection.id, source_region: 'us-east-1', resource_filter: '{"filterType":"manual","resourceIds":[]}',
    allow_cross_region_recovery: fields.allowCrossRegionRecovery === false ? 0 : 1, replica_regions: '[]', status: fields.status ?? 'enabled', created_at: at, updated_at: at, version: 1,
  }).returning('id').executeTakeFirstOrThrow();
  return Number(assembly.id);
}

export async function setAssemblyStatus(t: TestApp, id: number, status: string): Promise<void> {
  await (t.app.store.db as unknown as Kysely<any>).updateTable('cloud_assemblies').set({ status }).where('id', '=', id).execute();
}

/** Counts the rows of the policy tables: "nothing written" checks. */
export async function policyRowCounts(t: TestApp): Promise<{ templates: number; policies: number; versions: number }> {
  const db = narrow<PoliciesDb>(t.app.store).db;
  const templates = await db.selectFrom('policy_templates').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('v')]).executeTakeFirstOrThrow();
  const policies = await db.selectFrom('protection_policies').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('v')]).executeTakeFirstOrThrow();
  return { templates: Number(templates.n), policies: Number(policies.n), versions: Number(templates.v ?? 0) + Number(policies.v ?? 0) };
}

/** A schedule that fires on 29 February at 03:17 UTC only: nothing comes due while a test runs, so the scheduler of
 * the running app never moves a policy's ETag under a test. */
export const QUIET = { frequencyType: 'yearly' as const, frequencyDetails: { offset: 17, hours: [3], daysOfMonth: [29], months: ['FEBRUARY' as const] }, timeZone: 'UTC' };

export function templateBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'nightly', description: 'every night', ...QUIET, retentionCount: 14, replicaRetentionCount: 7, ...overrides };
}

/** The assemblies port as build.ts wires it: the app's assemblies service, on the same database. */
export function policyAssemblies(t: TestApp): PolicyAssembliesPort {
  return {
    statusIn: (db, ref) => t.app.assemblies.statusIn(db as unknown as AssembliesExecutor, ref),
    enabledIn: (db, refs) => t.app.assemblies.enabledIn(db as unknown as AssembliesExecutor, refs),
  };
}

export function policyStore(t: TestApp): Store<PoliciesDb> {
  return narrow<PoliciesDb>(t.app.store);
}

