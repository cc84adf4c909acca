import type { Transaction as KyselyTransaction } from 'kysely';
import type { Executor as GenericExecutor, Store as GenericStore } from '../../platform/db/database.ts';
import type { JobTables } from '../../platform/jobs/index.ts';
import type { DrillTables } from './tables.ts';

/** The tables this module reads and writes: its own, plus jobs (a run's steps are queued with its state). */
export type DrillsDb = DrillTables & JobTables;
export type Store = GenericStore<DrillsDb>;
export type Transaction = KyselyTransaction<DrillsDb>;
export type Executor = GenericExecutor<DrillsDb>;
