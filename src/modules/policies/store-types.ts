import type { Executor as GenericExecutor, Store as GenericStore } from '../../platform/db/database.ts';
import type { Transaction as KyselyTransaction } from 'kysely';
import type { PolicyTables } from './tables.ts';

/** The tables this module reads and writes: its own (the assemblies it binds policies to are read through their module). */
export type PoliciesDb = PolicyTables;
export type Store = GenericStore<PoliciesDb>;
export type Transaction = KyselyTransaction<PoliciesDb>;
export type Executor = GenericExecutor<PoliciesDb>;
