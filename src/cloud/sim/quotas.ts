import { PostgresAdapter, sql } from 'kysely';
import { ValidationError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/db/database.ts';
import { instanceVcpus, UNKNOWN_INSTANCE_VCPUS } from '../instance-types.ts';
import type { QuotaUsage } from '../provider.ts';
import { AWS_REGIONS } from '../regions.ts';
import { assertAccountsExist, type OnExisting } from './accounts.ts';
import { MicroBatcher, roundsOf } from './batches.ts';
import { cachedConfig, currentConfig } from './config.ts';
import type { SimTables } from './tables.ts';

export type SimQuotaName = QuotaUsage['quota'];

interface QuotaDefinition {
  readonly quotaCode: string;
  readonly serviceCode: string;
  /** AWS's default value for a new account (Service Quotas' "AWS default quota value"). */
  readonly defaultLimit: number;
}

/**
 * The quotas the sim enforces, with Service Quotas' codes and AWS's defaults: VPCs per Region (vpc
 * L-F678F1CE, 5), EC2-VPC Elastic IPs (ec2 L-0263D0A3, 5), Running On-Demand Standard (A, C, D, H, I,
 * M, R, T, Z) instances in vCPUs (ec2 L-1216C47A, 5 for a new account), DB instances (rds L-7B6409FD, 40).
 */
export const SIM_QUOTAS: Readonly<Record<SimQuotaName, QuotaDefinition>> = {
  vpcs: { quotaCode: 'L-F678F1CE', serviceCode: 'vpc', defaultLimit: 5 },
  'elastic-ips': { quotaCode: 'L-0263D0A3', serviceCode: 'ec2', defaultLimit: 5 },
  'on-demand-vcpus': { quotaCode: 'L-1216C47A', serviceCode: 'ec2', defaultLimit: 5 },
  'rds-instances': { quotaCode: 'L-7B6409FD', serviceCode: 'rds', defaultLimit: 40 },
};
export const SIM_QUOTA_NAMES = Object.keys(SIM_QUOTAS) as SimQuotaName[];

/** Every region without its own override row takes the account's `*` row, if any. */
export const ALL_REGIONS = '*';

/**
 * What one quota counts: resources of these types, each worth `weight` of it, which depends at most on one
 * attribute of the resource's configuration.
 */
const USAGE: Readonly<Record<SimQuotaName, { readonly types: readonly string[]; readonly attribute?: string; readonly weight: (value: unknown) => number }>> = {
  vpcs: { types: ['ec2:vpc'], weight: () => 1 },
  // A public NAT gateway holds one Elastic IP (its allocationId); the sim has no free-standing addresses.
  'elastic-ips': { types: ['ec2:nat-gateway'], attribute: 'connectivityType', weight: (connectivityType) => (connectivityType === 'private' ? 0 : 1) },
  'on-demand-vcpus': { types: ['ec2:instance'], attribute: 'instanceType', weight: (instanceType) => vcpusOf(instanceType) },
  // Aurora, DocumentDB and Neptune instances count as DB instances too (RDS quota L-7B6409FD).
  'rds-instances': { types: ['rds:db-instance', 'rds:cluster-instance'], weight: () => 1 },
};

/** The vCPUs an instance type counts against L-1216C47A; a type Lifeboat does not know counts as the forecast assumes. */
export function vcpusOf(instanceType: unknown): number {
  return typeof instanceType === 'string' ? (instanceVcpus(instanceType) ?? UNKNOWN_INSTANCE_VCPUS) : UNKNOWN_INSTANCE_VCPUS;
}

/**
 * The quota's limit for the account and region: its own override, else the account's `*` row, else AWS's default.
 * Read from the sim's cached configuration (config.ts), current as of a version read that began after this call.
 */
export async function quotaLimit(
  executor: Executor<SimTables>, place: { accountId: string; region: string }, quota: SimQuotaName,
  /** The caller's own call-log insert has just validated the cache (enterCall): no version read of its own. */
  validated = false,
): Promise<number> {
  const { quotas } = (validated ? cachedConfig(executor) : undefined) ?? await currentConfig(executor);
  return quotas.get(`${place.accountId}/${place.region}/${quota}`) ?? quotas.get(`${place.accountId}/${ALL_REGIONS}/${quota}`) ?? SIM_QUOTAS[quota].defaultLimit;
}

/**
 * What the account uses of the quota in the region, counted in the database in one statement: the resources of
 * the counted types, grouped by the one configuration attribute their weight depends on, so a few rows come back
 * rather than every configuration. It used to read
 * and parse every configuration of the counted type on each recreate: quadratic over a recovery (a recovery of
 * 10,000 on SQLite spent most of its time there, issue 19).
 */
export async function quotaUsed(executor: Executor<SimTables>, place: { accountId: string; region: string }, quota: SimQuotaName): Promise<number> {
  const usage = USAGE[quota];
  const rows = await quotaUseQuery(executor, place, quota).execute();
  return rows.reduce((sum, row) => sum + usage.weight(row.value) * Number(row.resources), 0);
}

/**
 * What quotaUsed reads: the account's resources of the quota's types in the region, counted by the attribute that
 * weighs them (an instance's type). The filter and the grouping are those of sim_resources_quota (quota-index-migration.ts),
 * so the instance type comes from the index, not from each row's configuration.
 */
export function quotaUseQuery(executor: Executor<SimTables>, place: { accountId: string; region: string }, quota: SimQuotaName) {
  const usage = USAGE[quota];
  const counted = executor
    .selectFrom('sim_resources')
    .where('account_id', '=', place.accountId)
    .where('region', '=', place.region)
    .where('type', 'in', usage.types);
  if (usage.attribute === undefined) return counted.select([sql<unknown>`null`.as('value'), (eb) => eb.fn.countAll().as('resources')]);
  const value = executor.getExecutor().adapter instanceof PostgresAdapter
    ? sql<unknown>`(configuration::json ->> ${sql.lit(usage.attribute)})`
    : sql<unknown>`json_extract(configuration, ${sql.lit(`$.${usage.attribute}`)})`;
  return counted.select([value.as('value'), (eb) => eb.fn.countAll().as('resources')]).groupBy(value);
}

/**
 * quotaUsed, one read for the recreates in flight in the same account, region and quota (batches.ts): they see the
 * same use, as when their reads all ran before any of their inserts (the check was never atomic with the insert).
 */
export function sharedQuotaUsed(executor: Executor<SimTables>, place: { accountId: string; region: string }, quota: SimQuotaName): Promise<number> {
  let batcher = QUOTA_READS.get(executor);
  if (!batcher) {
    batcher = new MicroBatcher(async (keys: Array<{ accountId: string; region: string; quota: SimQuotaName }>) => {
      const reads = new Map<string, Promise<number>>();
      for (const key of keys) {
        const id = `${key.accountId}/${key.region}/${key.quota}`;
        if (!reads.has(id)) reads.set(id, quotaUsed(executor, key, key.quota));
      }
      return Promise.all(keys.map((key) => reads.get(`${key.accountId}/${key.region}/${key.quota}`)!));
    }, 500, roundsOf(executor));
    QUOTA_READS.set(executor, batcher);
  }
  return batcher.add({ accountId: place.accountId, region: place.region, quota });
}

const QUOTA_READS = new WeakMap<object, MicroBatcher<{ accountId: string; region: string; quota: SimQuotaName }, number>>();

/** Every quota with its limit and use in the account and region. */
export async function quotaUsages(executor: Executor<SimTables>, place: { accountId: string; region: string }): Promise<QuotaUsage[]> {
  const usages: QuotaUsage[] = [];
  for (const quota of SIM_QUOTA_NAMES) {
    const { quotaCode, serviceCode } = SIM_QUOTAS[quota];
    usages.push({ quota, quotaCode, serviceCode, limit: await quotaLimit(executor, place, quota), used: await quotaUsed(executor, place, quota) });
  }
  return usages;
}

/** An override: a quota's limit for one account in one region, or in every region (`*`). */
export interface SimQuotaInput {
  readonly accountId: string;
  /** A region, or `*` for every region without its own override. */
  readonly region: string;
  readonly quota: SimQuotaName;
  readonly limit: number;
}

/** Stores overrides: `replace` overwrites one for the same account, region and quota (admin puts); `keep` only adds (seeding). */
export async function writeQuotas(executor: Executor<SimTables>, inputs: readonly SimQuotaInput[], onExisting: OnExisting): Promise<void> {
  if (inputs.length === 0) return;
  for (const input of inputs) {
    if (!SIM_QUOTA_NAMES.includes(input.quota)) throw new ValidationError({ quota: `must be one of ${SIM_QUOTA_NAMES.join(', ')}` });
    if (!Number.isSafeInteger(input.limit) || input.limit < 0) throw new ValidationError({ limit: 'must be a non-negative integer' });
    if (input.region !== ALL_REGIONS && !(AWS_REGIONS as readonly string[]).includes(input.region)) throw new ValidationError({ region: `must be an AWS region or ${ALL_REGIONS}` });
  }
  await assertAccountsExist(executor, inputs.map((input) => input.accountId));
  for (const input of inputs) {
    await executor
      .insertInto('sim_quotas')
      .values({ account_id: input.accountId, region: input.region, quota: input.quota, limit_value: input.limit })
      .onConflict((conflict) => {
        const target = conflict.columns(['account_id', 'region', 'quota']);
        return onExisting === 'keep' ? target.doNothing() : target.doUpdateSet({ limit_value: input.limit });
      })
      .execute();
  }
}
