import type { Executor as GenericExecutor, Store as GenericStore } from '../../platform/db/database.ts';
import type { Transaction as KyselyTransaction } from 'kysely';
import type { JobTables } from '../../platform/jobs/index.ts';
import type { ConnectionTables } from './tables.ts';

/** The tables this module reads and writes: its own, and the jobs it enqueues with its changes. */
export type ConnectionsDb = ConnectionTables & JobTables;
export type Store = GenericStore<ConnectionsDb>;
export type Transaction = KyselyTransaction<ConnectionsDb>;
export type Executor = GenericExecutor<ConnectionsDb>;
