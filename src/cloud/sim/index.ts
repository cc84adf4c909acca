/** The simulated AWS: provider `sim`, its tables and migration, and the demo estate. */
export { SimCloud, SIM_DISCOVERY_PAGE_SIZE, type SimCloudOptions } from './sim-cloud.ts';
import { simDependenciesMigration } from './dependencies-migration.ts';
import { simMigration } from './migration.ts';
import { simSnapshotsMigration } from './snapshots-migration.ts';
import { simStrictMigration } from './strict-migration.ts';
import { simObjectCountsMigration } from './object-counts-migration.ts';
import { simConfigVersionMigration } from './config-version-migration.ts';
import { simNameIndexMigration } from './name-index-migration.ts';
import { simQuotaIndexMigration } from './quota-index-migration.ts';

export { simConfigVersionMigration, simDependenciesMigration, simMigration, simNameIndexMigration, simObjectCountsMigration, simQuotaIndexMigration, simSnapshotsMigration, simStrictMigration };
/** The sim's own schema steps (resources, snapshots, dependencies, keys, quotas): what a store needs to run SimCloud alone. */
export const SIM_MIGRATIONS = [simMigration, simSnapshotsMigration, simDependenciesMigration, simStrictMigration, simObjectCountsMigration, simConfigVersionMigration, simNameIndexMigration, simQuotaIndexMigration] as const;
export { SIM_FAULT_TAG } from './snapshot-kinds.ts';
export type { SimSnapshot, SimSnapshotFilter } from './snapshot-rows.ts';
export type { SimTables } from './tables.ts';
export type { SimAccountInput, SimRoleInput, SimAccessKeyInput } from './accounts.ts';
export type { SimResourceInput } from './resources.ts';
export { SIM_QUOTAS, SIM_QUOTA_NAMES, type SimQuotaInput, type SimQuotaName } from './quotas.ts';
export type { SimFault, SimFaultInput, SimFaultMatch } from './faults.ts';
export { reasonForCode } from './faults.ts';
export type { SimCallFilter, SimSettings } from './calls.ts';
export { AWS_DEFAULT_RATE_LIMITS, type BucketLimit, type BucketUse, type RateLimits } from './rate-limits.ts';
export { UNREACHABLE_ACCOUNT_ID } from './credentials.ts';
export { SERVICE_TYPES, serviceOfType } from './kinds.ts';
export {
  demoEstate,
  DEMO_ACCESS_KEY,
  DEMO_PRODUCTION_ACCOUNT_ID,
  DEMO_RECOVERY_ACCOUNT_ID,
  DEMO_REGIONS,
  DEMO_ROLE_NAME,
  type SimEstate,
} from './estate.ts';
