import type { Transaction as KyselyTransaction } from 'kysely';
import type { Executor as GenericExecutor, Store as GenericStore } from '../../platform/db/database.ts';
import type { JobTables } from '../../platform/jobs/index.ts';
import type { ProtectionTables } from './tables.ts';

/** The tables this module reads and writes: its own, and the jobs it enqueues with its changes. */
export type ProtectionsDb = ProtectionTables & JobTables;
export type Store = GenericStore<ProtectionsDb>;
export type Transaction = KyselyTransaction<ProtectionsDb>;
export type Executor = GenericExecutor<ProtectionsDb>;
