import type { Store as GenericStore } from '../../platform/db/database.ts';
import type { Transaction as KyselyTransaction } from 'kysely';
import type { AssemblyTables } from '../assemblies/tables.ts';
import type { PolicyTables } from './tables.ts';

/** The tables this module reads and writes: its own, and the assemblies it binds policies to (read only). */
export type PoliciesDb = PolicyTables & AssemblyTables;
export type Store = GenericStore<PoliciesDb>;
export type Transaction = KyselyTransaction<PoliciesDb>;
