import type { Transaction as KyselyTransaction } from 'kysely';
import type { Executor as GenericExecutor, Store as GenericStore } from '../../platform/db/database.ts';
import type { JobTables } from '../../platform/jobs/index.ts';
import type { AssemblyTables } from './tables.ts';

/** The tables this module reads and writes: its own, and the jobs it enqueues with its changes. */
export type AssembliesDb = AssemblyTables & JobTables;
export type Store = GenericStore<AssembliesDb>;
export type Transaction = KyselyTransaction<AssembliesDb>;
export type Executor = GenericExecutor<AssembliesDb>;
