import { simConfigVersionMigration, simDependenciesMigration, simMigration, simNameIndexMigration, simObjectCountsMigration, simQuotaIndexMigration, simSnapshotsMigration, simStrictMigration } from '../cloud/sim/index.ts';
import type { LifeboatMigration } from '../platform/db/migrate.ts';
import { idempotencyMigration } from '../platform/idempotency/migration.ts';
import { jobsClaimIndexMigration, jobsKeyMigration, jobsMigration } from '../platform/jobs/index.ts';
import { assembliesMigration } from '../modules/assemblies/migration.ts';
import { assembliesRewindMigration } from '../modules/assemblies/rewind-migration.ts';
import { recoveryConfigOnlyMigration } from '../modules/recoveries/config-only-migration.ts';
import { assembliesFilterRepairMigration } from '../modules/assemblies/filter-repair-migration.ts';
import { assembliesRpoMigration } from '../modules/assemblies/rpo-migration.ts';
import { auditMigration } from '../modules/audit/migration.ts';
import { auditReasonMigration } from '../modules/audit/reason-migration.ts';
import { connectionsMigration } from '../modules/connections/migration.ts';
import { connectionGroupsMigration } from '../modules/connection-groups/migration.ts';
import { connectionGroupsClientsMigration } from '../modules/connection-groups/clients-migration.ts';
import { simStacksMigration, simStacksReasonMigration } from '../cloud/sim/stacks-migration.ts';
import { networkMigration } from '../modules/network/migration.ts';
import { policiesMigration, policiesRewindMigration } from '../modules/policies/index.ts';
import { protectionDependenciesMigration } from '../modules/protections/dependencies-migration.ts';
import { protectionsMigration } from '../modules/protections/migration.ts';
import { protectionObjectCountMigration } from '../modules/protections/object-count-migration.ts';
import { recoveryIsolationMigration } from '../modules/recoveries/isolation-migration.ts';
import { recoveryChecksMigration } from '../modules/recoveries/checks-migration.ts';
import { drillPoliciesMigration } from '../modules/drills/index.ts';
import { recoveriesMigration } from '../modules/recoveries/migration.ts';
import { recoveryTransfersMigration } from '../modules/recoveries/transfer-migration.ts';
import { recoveryValidationMigration } from '../modules/recoveries/validation-migration.ts';
import { recoveryValidationDetailsMigration } from '../modules/recoveries/validation-details-migration.ts';
import { assemblyValidatorsMigration } from '../modules/assemblies/validators-migration.ts';
import { accessKeysMigration } from '../modules/tenancy/access-keys-migration.ts';
import { sessionsMigration } from '../modules/sessions/migration.ts';
import { tenancyMigration } from '../modules/tenancy/migration.ts';
import { webhooksMigration } from '../modules/webhooks/migration.ts';
import { catalogBackupsMigration } from '../platform/backup/migration.ts';

/** Every schema step, applied in name order. */
export const MIGRATIONS: readonly LifeboatMigration[] = [
  tenancyMigration,
  jobsMigration,
  simMigration,
  auditMigration,
  connectionsMigration,
  idempotencyMigration,
  assembliesMigration,
  policiesMigration,
  protectionsMigration,
  simSnapshotsMigration,
  webhooksMigration,
  networkMigration,
  accessKeysMigration,
  recoveriesMigration,
  connectionGroupsMigration,
  simStacksMigration,
  simDependenciesMigration,
  simStacksReasonMigration,
  assembliesFilterRepairMigration,
  connectionGroupsClientsMigration,
  simStrictMigration,
  recoveryTransfersMigration,
  protectionDependenciesMigration,
  recoveryIsolationMigration,
  recoveryChecksMigration,
  policiesRewindMigration,
  recoveryValidationMigration,
  assemblyValidatorsMigration,
  drillPoliciesMigration,
  assembliesRpoMigration,
  recoveryValidationDetailsMigration,
  simObjectCountsMigration,
  protectionObjectCountMigration,
  assembliesRewindMigration,
  recoveryConfigOnlyMigration,
  jobsClaimIndexMigration,
  simConfigVersionMigration,
  jobsKeyMigration,
  auditReasonMigration,
  sessionsMigration,
  catalogBackupsMigration,
  simNameIndexMigration,
  simQuotaIndexMigration,
];
