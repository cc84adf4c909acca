import type { Transaction as KyselyTransaction } from 'kysely';
import type { Executor as GenericExecutor, Store as GenericStore } from '../../platform/db/database.ts';
import type { JobTables } from '../../platform/jobs/index.ts';
import type { RecoveryCheckTables } from './checks-tables.ts';
import type { RecoveryTables } from './tables.ts';
import type { RecoveryValidationTables } from './validation-tables.ts';

/** The tables this module reads and writes: its own, and the jobs it enqueues with its changes. */
export type RecoveriesDb = RecoveryTables & RecoveryCheckTables & RecoveryValidationTables & JobTables;
export type Store = GenericStore<RecoveriesDb>;
export type Transaction = KyselyTransaction<RecoveriesDb>;
export type Executor = GenericExecutor<RecoveriesDb>;
