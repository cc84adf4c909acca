import type { SimTables } from '../cloud/sim/index.ts';
import type { IdempotencyTables } from '../platform/idempotency/tables.ts';
import type { JobTables } from '../platform/jobs/index.ts';
import type { AssemblyTables } from '../modules/assemblies/tables.ts';
import type { AuditTables } from '../modules/audit/tables.ts';
import type { ConnectionTables } from '../modules/connections/tables.ts';
import type { ConnectionGroupTables } from '../modules/connection-groups/tables.ts';
import type { SimStackTables } from '../cloud/sim/stacks-tables.ts';
import type { NetworkTables } from '../modules/network/tables.ts';
import type { PolicyTables } from '../modules/policies/index.ts';
import type { ProtectionTables } from '../modules/protections/tables.ts';
import type { RecoveryCheckTables } from '../modules/recoveries/checks-tables.ts';
import type { RecoveryTables } from '../modules/recoveries/tables.ts';
import type { AccessKeyTables } from '../modules/tenancy/access-keys-tables.ts';
import type { SessionTables } from '../modules/sessions/tables.ts';
import type { TenancyTables } from '../modules/tenancy/tables.ts';
import type { WebhookTables } from '../modules/webhooks/tables.ts';

/** The whole database, as Kysely sees it: each module's tables. */
export interface Database
  extends TenancyTables, JobTables, SimTables, AuditTables, ConnectionTables, IdempotencyTables, AssemblyTables, PolicyTables, ProtectionTables, RecoveryTables,
    WebhookTables, ConnectionGroupTables, SimStackTables, NetworkTables, AccessKeyTables, RecoveryCheckTables, SessionTables {}
