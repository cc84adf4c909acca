import type { Transaction as KyselyTransaction } from 'kysely';
import type { Executor as GenericExecutor, Store as GenericStore } from '../../platform/db/database.ts';
import type { JobTables } from '../../platform/jobs/index.ts';
import type { WebhookTables } from './tables.ts';

/** The tables this module reads and writes: its own, and the delivery jobs it enqueues. */
export type WebhooksDb = WebhookTables & JobTables;
export type Store = GenericStore<WebhooksDb>;
export type Transaction = KyselyTransaction<WebhooksDb>;
export type Executor = GenericExecutor<WebhooksDb>;
