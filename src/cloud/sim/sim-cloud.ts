import { sql } from 'kysely';
import type { Store } from '../../platform/db/database.ts';
import { AWS_REGIONS } from '../regions.ts';
import {
  AWS_SERVICES,
  CloudCallError,
  type CloudCredentials,
  type CloudProvider,
  type CloudSnapshot,
  type CopySnapshotRequest,
  type DeleteResourceRequest,
  type DeleteSnapshotRequest,
  type CloudKey,
  type DescribeSnapshotRequest,
  type DescribeStackRequest,
  type DiscoverPage,
  type DiscoverRequest,
  type DiscoveredResource,
  type EnsureKeyRequest,
  type ListRecoveryResourcesRequest,
  type ProbeRequest,
  type ProbeResult,
  type QuotaUsage,
  type RecreatedResource,
  type RecreateRequest,
  type RecoveryCopyRequest,
  type ResourceState,
  type ResourceStateRequest,
  type ShareSnapshotRequest,
  type SnapshotDescription,
  type SnapshotRequest,
  type StackDescription,
  type VerifyResult,
} from '../provider.ts';
import { writeAccessKeys, writeAccounts, writeRoles, type SimAccessKeyInput, type SimAccountInput, type SimRoleInput } from './accounts.ts';
import { countCalls, readSettings, simulateCall, writeLatency, writeRateLimits, type SimCallFilter, type SimSettings } from './calls.ts';
import { bucketUse, type BucketUse, type RateLimits } from './rate-limits.ts';
import { currentConfig } from './config.ts';
import { checkWithConfig } from './credentials.ts';
import { enterCall } from './enter-call.ts';
import { demoEstate } from './estate.ts';
import { insertFault, selectFaults, type SimFault, type SimFaultInput } from './faults.ts';
import { deleteResource, listRecoveryResources, recreateResource } from './recovery.ts';
import { invalidParameter } from './snapshot-kinds.ts';
import { ensureSimKey } from './keys.ts';
import { offeringsIn, zonesOf } from './offerings.ts';
import { discoverAction } from './permissions.ts';
import { simProbe } from './probe.ts';
import { simResourceState } from './resource-state.ts';
import { quotaUsages, writeQuotas, type SimQuotaInput } from './quotas.ts';
import { copySimSnapshotForRecovery } from './recovery-copies.ts';
import { describeSimSnapshot, shareSimSnapshot, unshareSimSnapshot } from './sharing.ts';
import { findResource, findResourcePage, writeResources, type SimResourceInput } from './resources.ts';
import { countSnapshotRows, selectSnapshotRows, type SimSnapshot, type SimSnapshotFilter } from './snapshot-rows.ts';
import { copySnapshot, deleteSnapshot, takeSnapshot } from './snapshots.ts';
import { describeSimStack } from './stacks.ts';
import type { SimStackTables } from './stacks-tables.ts';
import type { SimTables } from './tables.ts';

export interface SimCloudOptions {
  /** Latency every call sleeps, ms, unless the sim_settings row `latencyMs` overrides it. */
  readonly latencyMs: number;
}

/** Resources per discovery page, as AWS's list calls commonly return. */
export const SIM_DISCOVERY_PAGE_SIZE = 50;

/**
 * The simulated AWS behind the cloud port, persisted in the store's `sim_` tables. Every provider
 * call sleeps the configured latency, is logged to sim_calls, and then meets the first matching
 * injected fault, if any. The admin methods below it are what the sim admin API and tests use.
 */
export class SimCloud implements CloudProvider {
  readonly name = 'sim' as const;

  constructor(
    private readonly store: Store<SimTables>,
    private readonly options: SimCloudOptions,
  ) {}

  async verify(credentials: CloudCredentials): Promise<VerifyResult> {
    const config = await currentConfig(this.store.db);
    const check = checkWithConfig(config, credentials);
    const fault = await simulateCall(this.store.db, this.options.latencyMs, { operation: 'verify', accountId: check.accountId }, config);
    if (fault) return { status: fault.reason === 'authentication' ? 'authentication-failed' : 'failed', message: fault.message };
    if (!check.ok) return { status: check.status, message: check.message };
    return { status: 'success', accountId: check.accountId, message: `Credentials reach account ${check.accountId}` };
  }

  async discover(credentials: CloudCredentials, request: DiscoverRequest): Promise<DiscoverPage> {
    const accountId = await enterCall(this.store.db, this.options.latencyMs, credentials, { operation: 'discover', region: request.region, service: request.service }, discoverAction(request.service));
    if (!(AWS_SERVICES as readonly string[]).includes(request.service)) {
      throw new CloudCallError('fault', 'InvalidParameterValue', `InvalidParameterValue: unknown service ${JSON.stringify(request.service)}`);
    }
    // One row past the page tells whether there is another page without a count query.
    const rows = await findResourcePage(this.store.db, {
      accountId,
      region: request.region,
      service: request.service,
      afterId: request.nextToken === undefined ? undefined : decodeNextToken(request.nextToken),
      limit: SIM_DISCOVERY_PAGE_SIZE + 1,
    });
    if (rows.length <= SIM_DISCOVERY_PAGE_SIZE) return { resources: rows };
    const resources = rows.slice(0, SIM_DISCOVERY_PAGE_SIZE);
    return { resources, nextToken: encodeNextToken(resources[resources.length - 1]!.resourceId) };
  }

  async releaseConnection(credentials: CloudCredentials): Promise<void> {
    const config = await currentConfig(this.store.db);
    const check = checkWithConfig(config, credentials);
    const fault = await simulateCall(this.store.db, this.options.latencyMs, { operation: 'releaseConnection', accountId: check.accountId }, config);
    if (fault) throw fault;
  }

  snapshot(credentials: CloudCredentials, request: SnapshotRequest): Promise<CloudSnapshot> {
    return takeSnapshot(this.store.db, this.options.latencyMs, credentials, request);
  }

  copySnapshot(credentials: CloudCredentials, request: CopySnapshotRequest): Promise<CloudSnapshot> {
    return copySnapshot(this.store.db, this.options.latencyMs, credentials, request);
  }

  deleteSnapshot(credentials: CloudCredentials, request: DeleteSnapshotRequest): Promise<void> {
    return deleteSnapshot(this.store.db, this.options.latencyMs, credentials, request);
  }

  recreate(credentials: CloudCredentials, request: RecreateRequest): Promise<RecreatedResource> {
    return recreateResource(this.store.db, this.options.latencyMs, credentials, request);
  }

  deleteResource(credentials: CloudCredentials, request: DeleteResourceRequest): Promise<void> {
    return deleteResource(this.store.db, this.options.latencyMs, credentials, request);
  }

  listRecoveryResources(credentials: CloudCredentials, request: ListRecoveryResourcesRequest): Promise<RecreatedResource[]> {
    return listRecoveryResources(this.store.db, this.options.latencyMs, credentials, request);
  }

  /** What the simulated CloudFormation recorded of the stack in the credentials' account, failed ones included. */
  async describeStack(credentials: CloudCredentials, request: DescribeStackRequest): Promise<StackDescription | undefined> {
    const accountId = await enterCall(this.store.db, this.options.latencyMs, credentials, { operation: 'describeStack', region: request.region });
    // The stacks' tables are created by the same migrations as the rest of the sim's: the store has them too.
    const store = this.store as unknown as Store<SimTables & SimStackTables>;
    return describeSimStack(store, { accountId, region: request.region }, request.stackName);
  }

  describeSnapshot(credentials: CloudCredentials, request: DescribeSnapshotRequest): Promise<SnapshotDescription | undefined> {
    return describeSimSnapshot(this.store.db, this.options.latencyMs, credentials, request);
  }

  shareSnapshot(credentials: CloudCredentials, request: ShareSnapshotRequest): Promise<void> {
    return shareSimSnapshot(this.store.db, this.options.latencyMs, credentials, request);
  }

  unshareSnapshot(credentials: CloudCredentials, request: ShareSnapshotRequest): Promise<void> {
    return unshareSimSnapshot(this.store.db, this.options.latencyMs, credentials, request);
  }

  async ensureKey(credentials: CloudCredentials, request: EnsureKeyRequest): Promise<CloudKey> {
    const accountId = await enterCall(this.store.db, this.options.latencyMs, credentials, { operation: 'ensureKey', region: request.region }, 'kms:CreateKey');
    assertRegion(request.region);
    return ensureSimKey(this.store.db, { accountId, region: request.region }, request);
  }

  copySnapshotForRecovery(credentials: CloudCredentials, request: RecoveryCopyRequest): Promise<CloudSnapshot> {
    return copySimSnapshotForRecovery(this.store.db, this.options.latencyMs, credentials, request);
  }

  async describeQuotas(credentials: CloudCredentials, request: { readonly region: string }): Promise<QuotaUsage[]> {
    const accountId = await enterCall(this.store.db, this.options.latencyMs, credentials, { operation: 'describeQuotas', region: request.region }, 'servicequotas:GetServiceQuota');
    assertRegion(request.region);
    return quotaUsages(this.store.db, { accountId, region: request.region });
  }

  /** The region's zones (offerings.ts: us-east-1 a–f, us-west-2 a–d, us-west-1 a and c, any other a–c), as DescribeAvailabilityZones lists them. */
  async availabilityZones(credentials: CloudCredentials, request: { readonly region: string }): Promise<string[]> {
    await enterCall(this.store.db, this.options.latencyMs, credentials, { operation: 'availabilityZones', region: request.region, service: 'EC2' }, 'ec2:DescribeAvailabilityZones');
    return zonesOf(request.region);
  }

  async instanceTypeOfferings(
    credentials: CloudCredentials,
    request: { readonly region: string; readonly instanceTypes: readonly string[] },
  ): Promise<Record<string, string[]>> {
    await enterCall(this.store.db, this.options.latencyMs, credentials, { operation: 'instanceTypeOfferings', region: request.region, service: 'EC2' }, 'ec2:DescribeInstanceTypeOfferings');
    return offeringsIn(request.region, request.instanceTypes);
  }

  resourceState(credentials: CloudCredentials, request: ResourceStateRequest): Promise<ResourceState | undefined> {
    return simResourceState(this.store.db, this.options.latencyMs, credentials, request);
  }

  probeEndpoint(credentials: CloudCredentials, request: ProbeRequest): Promise<ProbeResult> {
    return simProbe(this.store.db, this.options.latencyMs, credentials, request);
  }

  /** Adds the demo estate (estate.ts): what exists already is left as it is, so a second seed changes nothing. */
  async seedDemoEstate(): Promise<void> {
    const estate = demoEstate();
    await this.store.transaction(async (trx) => {
      await writeAccounts(trx, estate.accounts, 'keep');
      await writeRoles(trx, estate.roles, 'keep');
      await writeAccessKeys(trx, estate.accessKeys, 'keep');
      await writeResources(trx, estate.resources, 'keep');
      await writeQuotas(trx, estate.quotas, 'keep');
    });
  }

  /** The effective settings: stored ones, else the options the provider was built with. */
  getSettings(): Promise<SimSettings> {
    return readSettings(this.store.db, this.options.latencyMs);
  }

  /** Stores the latency every call sleeps (ms, 0–600000); it takes effect on the next call in every process. */
  setLatency(latencyMs: number): Promise<void> {
    return writeLatency(this.store.db, latencyMs);
  }

  /**
   * Turns AWS-shaped request throttling on or off, or changes its buckets (fields left out keep their value);
   * every bucket starts full. Takes effect on the next call (the buckets themselves are this process's).
   */
  setRateLimits(input: { enabled?: boolean } & Partial<Pick<RateLimits, 'mutating' | 'nonMutating'>>): Promise<void> {
    return writeRateLimits(this.store.db, input);
  }

  /** Each throttling bucket this process has used since the limits were last set, busiest first. */
  rateLimitUse(): BucketUse[] {
    return bucketUse();
  }

  /** Injects a fault; returns its id. Faults are tried in id order, the first match wins. */
  addFault(fault: SimFaultInput): Promise<number> {
    return insertFault(this.store.db, fault, Date.now());
  }

  /** Active faults in id order (spent ones are deleted). */
  listFaults(): Promise<SimFault[]> {
    return selectFaults(this.store.db);
  }

  /** True when a fault with the id existed. */
  async removeFault(id: number): Promise<boolean> {
    const result = await this.store.db.deleteFrom('sim_faults').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async clearFaults(): Promise<void> {
    await this.store.db.deleteFrom('sim_faults').execute();
  }

  /** How many provider calls were logged, optionally narrowed. */
  countCalls(filter: SimCallFilter = {}): Promise<number> {
    return countCalls(this.store.db, filter);
  }

  /** Empties the call log (it grows with every call). */
  async clearCalls(): Promise<void> {
    await this.store.db.deleteFrom('sim_calls').execute();
  }

  /** Creates or replaces an account. */
  putAccount(account: SimAccountInput): Promise<void> {
    return writeAccounts(this.store.db, [account], 'replace');
  }

  /** Creates or replaces a role, with the actions and regions its policy allows (absent: all); the account must exist. */
  putRole(role: SimRoleInput): Promise<void> {
    return writeRoles(this.store.db, [role], 'replace');
  }

  /** Creates or replaces an access key; the account must exist. */
  putAccessKey(key: SimAccessKeyInput): Promise<void> {
    return writeAccessKeys(this.store.db, [key], 'replace');
  }

  /** Creates or replaces a resource; the account must exist. */
  putResource(resource: SimResourceInput): Promise<void> {
    return this.putResources([resource]);
  }

  /**
   * Creates or replaces many resources in one transaction, 1,000 rows a statement (for estates of 100,000). On
   * PostgreSQL a put of ANALYZE_AFTER or more then refreshes the tables' statistics: until autovacuum got to them
   * (up to a minute later), a lookup by natural key in a freshly filled table was planned on the discovery index,
   * scanning the account's range (2026-12-06, 2,000 rows in one account and region, explain analyze: a batched read
   * of two ids 0.345 ms, 1,998 rows filtered out, and one id 0.120 ms; after `analyze`, on the natural key,
   * 0.023 and 0.006 ms). Issue 19: the first protection after a bulk put.
   */
  async putResources(resources: readonly SimResourceInput[]): Promise<void> {
    await this.store.transaction((trx) => writeResources(trx, resources, 'replace'));
    if (this.store.dialect === 'postgres' && resources.length >= ANALYZE_AFTER) await sql`analyze sim_resources, sim_dependencies`.execute(this.store.db);
  }

  /** Overrides a quota for an account in a region (or `*`: every region without its own override). */
  putQuota(quota: SimQuotaInput): Promise<void> {
    return writeQuotas(this.store.db, [quota], 'replace');
  }

  /** The quotas of an account in a region with their limits and use, as describeQuotas answers the account. */
  getQuotas(place: { accountId: string; region: string }): Promise<QuotaUsage[]> {
    return quotaUsages(this.store.db, place);
  }

  /** How many snapshots and copies exist (with includeDeleted, ever existed), optionally narrowed. */
  countSnapshots(filter: SimSnapshotFilter = {}): Promise<number> {
    return countSnapshotRows(this.store.db, filter);
  }

  /** Snapshots and copies in creation order, optionally narrowed; deleted ones only with includeDeleted. */
  listSnapshots(filter: SimSnapshotFilter = {}): Promise<SimSnapshot[]> {
    return selectSnapshotRows(this.store.db, filter);
  }

  /** One resource as discovery would report it, or undefined. */
  getResource(key: { accountId: string; region: string; resourceId: string }): Promise<DiscoveredResource | undefined> {
    return findResource(this.store.db, key);
  }
}

/** Resources a put must hold for PostgreSQL's statistics to be refreshed after it (putResources). */
const ANALYZE_AFTER = 1000;

const TOKEN_PREFIX = 'sim1:';

function encodeNextToken(lastResourceId: string): string {
  return Buffer.from(`${TOKEN_PREFIX}${lastResourceId}`, 'utf8').toString('base64url');
}

function decodeNextToken(token: string): string {
  const decoded = Buffer.from(token, 'base64url').toString('utf8');
  if (!decoded.startsWith(TOKEN_PREFIX)) throw new CloudCallError('fault', 'InvalidNextToken', 'InvalidNextToken: The pagination token is invalid.');
  return decoded.slice(TOKEN_PREFIX.length);
}

function assertRegion(region: string): void {
  if (!(AWS_REGIONS as readonly string[]).includes(region)) throw invalidParameter(`unknown region ${JSON.stringify(region)}`);
}
