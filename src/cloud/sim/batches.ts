import { PostgresAdapter, type ExpressionBuilder, type Insertable, type Selectable } from 'kysely';
import { answerBatch, type BatchWaiter } from '../../platform/db/answer-batch.ts';
import type { Executor } from '../../platform/db/database.ts';
import { writeDependencyEdges } from './dependencies.ts';
import type { SimResourceTable, SimSnapshotTable, SimTables } from './tables.ts';

/**
 * Micro-batching of the simulated cloud's per-resource statements. A job runs 8–16 cloud calls at once, and each
 * used to log itself, read its resource row, read or insert its snapshot, insert or delete its resource on its own:
 * on PostgreSQL each one a round trip the server waits for, and a statement both processes spend CPU on (issue 19).
 * Here the calls in flight share them: each kind of request has a MicroBatcher (a `where … in (…)` read, a
 * multi-row insert, one delete), and the batchers of one executor run in rounds (Rounds): a round takes every
 * request made so far, runs one statement per kind at once, answers them, and the requests made meanwhile wait for
 * the next round. So calls that a round released together stay together through their next steps. An idle executor
 * starts a round as soon as the work under way has settled (process.nextTick: after the pending promise callbacks,
 * before any I/O), so nothing waits for a timer.
 *
 * Measured with the bench's statement counter (`recover`, 2,000 resources, PostgreSQL): when each batcher started
 * its first request at once and the next ones when it returned, the calls drifted apart (an outcome write holding
 * one, a pacer turn another) and most statements carried one request.
 *
 * Each batch starts after every request in it was made, so a call still sees what any call that returned before it
 * asked had written. A batched write that fails (a constraint, an account deleted meanwhile) is retried one request
 * at a time, so each call gets its own true answer and one bad row does not fail its neighbours.
 */
export class Rounds {
  private readonly batchers: Array<MicroBatcher<never, unknown>> = [];
  private running = false;

  /** `defer` runs a callback once the work under way has settled (see roundsOf). */
  constructor(private readonly defer: (callback: () => void) => void = process.nextTick) {}

  /** For MicroBatcher's constructor. */
  register(batcher: MicroBatcher<never, unknown>): void {
    this.batchers.push(batcher);
  }

  /** A request is waiting: runs rounds until none is. */
  wake(): void {
    if (this.running) return;
    this.running = true;
    this.defer(() => void this.loop());
  }

  private async loop(): Promise<void> {
    try {
      for (;;) {
        const ready = this.batchers.filter((batcher) => batcher.pending);
        if (ready.length === 0) return;
        await Promise.all(ready.map((batcher) => batcher.runBatch()));
        // The requests the answers lead to (their callers' next steps, after a few promise callbacks) join the next round.
        await new Promise<void>((resolve) => this.defer(resolve));
      }
    } finally {
      this.running = false;
    }
  }
}

export class MicroBatcher<I, O> {
  private queue: Array<BatchWaiter<I, O>> = [];

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxBatch: number,
    private readonly rounds: Rounds,
  ) {
    rounds.register(this as unknown as MicroBatcher<never, unknown>);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.rounds.wake();
    });
  }

  /** Runs the oldest requests (up to the batch size) in one statement and answers each; never throws. */
  async runBatch(): Promise<void> {
    await answerBatch(this.queue.splice(0, this.maxBatch), this.run);
  }
}

// Keyed by the executor each SimCloud passes (its store's Kysely instance), as config.ts keys its cache; a
// transaction gets rounds of its own, so nothing outside it joins its statements.
const ROUNDS = new WeakMap<object, Rounds>();

/** The rounds every batcher of the executor runs in (config.ts's call log and version reads too). */
export function roundsOf(executor: Executor<SimTables>): Rounds {
  let rounds = ROUNDS.get(executor);
  if (!rounds) {
    // On PostgreSQL a round waits for the answers that have arrived meanwhile (setImmediate: after the event loop's
    // I/O callbacks of this turn), so the calls they release join it. On SQLite every answer is a promise callback and
    // a turn of the event loop would be a wait of its own (the job never yields there, bench/README.md): nextTick.
    ROUNDS.set(executor, (rounds = new Rounds(executor.getExecutor().adapter instanceof PostgresAdapter ? setImmediate : process.nextTick)));
  }
  return rounds;
}

/**
 * A read started ahead of the check that uses it (a call's reads issued at once, each in its batch): when an earlier
 * check refuses the call, this one's rejection is not left unhandled. Awaiting the promise still throws.
 */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** A resource's natural key. */
export interface ResourceKey {
  readonly accountId: string;
  readonly region: string;
  readonly resourceId: string;
}

/** The idempotency key of a protection's live snapshot or cross-region copy (region: where it lives). */
export interface LiveSnapshotKey {
  readonly accountId: string;
  readonly protectionId: string;
  readonly resourceId: string;
  readonly region: string;
}

/** A snapshot (or copy) by its id in the region where it lives. */
export interface SnapshotIdKey {
  readonly snapshotId: string;
  readonly region: string;
}

/** A resource row just inserted, with what its dependency edges need. */
export type InsertedResource = Pick<Selectable<SimResourceTable>, 'resource_id' | 'arn' | 'region' | 'type' | 'account_id' | 'dependencies'>;

interface SimBatches {
  readonly resources: MicroBatcher<ResourceKey, Selectable<SimResourceTable> | undefined>;
  readonly snapshotsById: MicroBatcher<SnapshotIdKey, Selectable<SimSnapshotTable> | undefined>;
  readonly dependents: MicroBatcher<ResourceKey, string[]>;
  readonly bucketHolders: MicroBatcher<ResourceKey, BucketHolder | undefined>;
  readonly liveSnapshots: MicroBatcher<LiveSnapshotKey, Selectable<SimSnapshotTable> | undefined>;
  readonly snapshotInserts: MicroBatcher<Insertable<SimSnapshotTable>, Selectable<SimSnapshotTable> | undefined>;
  readonly resourceInserts: MicroBatcher<Insertable<SimResourceTable>, InsertedResource | undefined>;
  readonly edges: MicroBatcher<InsertedResource, undefined>;
  readonly resourceDeletes: MicroBatcher<ResourceKey, undefined>;
}

// Requests per statement: at most 15 parameters a row (a snapshot insert), so 500 rows stay inside SQLite's 32,766
// parameters and PostgreSQL's 65,535. Calls in flight are far fewer (a job runs 8–16 at once).
const MAX_BATCH = 500;

const BATCHES = new WeakMap<object, SimBatches>();

function batchesOf(executor: Executor<SimTables>): SimBatches {
  let batches = BATCHES.get(executor);
  if (!batches) {
    const rounds = roundsOf(executor);
    batches = {
      resources: new MicroBatcher((keys) => selectResources(executor, keys), MAX_BATCH, rounds),
      snapshotsById: new MicroBatcher((keys) => selectSnapshotsById(executor, keys), MAX_BATCH, rounds),
      dependents: new MicroBatcher((keys) => selectDependents(executor, keys), MAX_BATCH, rounds),
      bucketHolders: new MicroBatcher((keys) => selectBucketHolders(executor, keys), MAX_BATCH, rounds),
      liveSnapshots: new MicroBatcher((keys) => selectLiveSnapshots(executor, keys), MAX_BATCH, rounds),
      snapshotInserts: new MicroBatcher((rows) => insertSnapshots(executor, rows), MAX_BATCH, rounds),
      resourceInserts: new MicroBatcher((rows) => insertResources(executor, rows), MAX_BATCH, rounds),
      edges: new MicroBatcher(async (rows) => {
        await writeDependencyEdges(executor, rows, false);
        return rows.map(() => undefined);
      }, MAX_BATCH, rounds),
      resourceDeletes: new MicroBatcher((keys) => deleteResources(executor, keys), MAX_BATCH, rounds),
    };
    BATCHES.set(executor, batches);
  }
  return batches;
}

/** One resource row by its natural key, or undefined; read together with the calls in flight beside it. */
export function batchedResource(executor: Executor<SimTables>, key: ResourceKey): Promise<Selectable<SimResourceTable> | undefined> {
  return batchesOf(executor).resources.add(key);
}

/** The live (not deleted) snapshot with the id in the region, whoever owns it, or undefined; read with the calls in flight. */
export function batchedLiveSnapshotById(executor: Executor<SimTables>, key: SnapshotIdKey): Promise<Selectable<SimSnapshotTable> | undefined> {
  return batchesOf(executor).snapshotsById.add(key);
}

/**
 * Up to DEPENDENTS_SHOWN resources (same account and region) that depend on the resource, in resource_id order;
 * read with the calls in flight. What a DependencyViolation names.
 */
export function batchedDependents(executor: Executor<SimTables>, key: ResourceKey): Promise<string[]> {
  return batchesOf(executor).dependents.add(key);
}

/** Where a bucket of the name lives. */
export interface BucketHolder {
  readonly account_id: string;
  readonly region: string;
}

/**
 * An S3 bucket named `key.resourceId` in another account or region than the key's (bucket names are global), or
 * undefined; read with the calls in flight, through sim_resources_by_name.
 */
export function batchedBucketHolder(executor: Executor<SimTables>, key: ResourceKey): Promise<BucketHolder | undefined> {
  return batchesOf(executor).bucketHolders.add(key);
}

/** The live snapshot or copy (not a recovery copy) with the key, or undefined; read with the calls in flight. */
export function batchedLiveSnapshot(executor: Executor<SimTables>, key: LiveSnapshotKey): Promise<Selectable<SimSnapshotTable> | undefined> {
  return batchesOf(executor).liveSnapshots.add(key);
}

/** Inserts a snapshot row unless a row with one of its unique keys exists: the row inserted, or undefined. */
export function batchedSnapshotInsert(executor: Executor<SimTables>, row: Insertable<SimSnapshotTable>): Promise<Selectable<SimSnapshotTable> | undefined> {
  return batchesOf(executor).snapshotInserts.add(row);
}

/**
 * Inserts a resource row unless one with its natural key exists (then undefined), and its dependency edges after
 * it (as recreate did one after the other: they were never one commit).
 */
export async function batchedResourceInsert(executor: Executor<SimTables>, row: Insertable<SimResourceTable>): Promise<InsertedResource | undefined> {
  const batches = batchesOf(executor);
  const inserted = await batches.resourceInserts.add(row);
  if (inserted && inserted.dependencies !== '[]') await batches.edges.add(inserted);
  return inserted;
}

/** Deletes a resource row and the edges of what it used; one already gone deletes nothing. */
export async function batchedResourceDelete(executor: Executor<SimTables>, key: ResourceKey): Promise<void> {
  await batchesOf(executor).resourceDeletes.add(key);
}

/** `${a}\0${b}…`: a map key of several text columns. */
function keyOf(...parts: readonly string[]): string {
  return parts.join('\u0000');
}

/** The items grouped by the columns `group` names, each group with its distinct resource ids. */
function grouped<T extends { readonly resourceId: string }>(items: readonly T[], group: (item: T) => string[]): Array<{ columns: string[]; ids: string[] }> {
  const groups = new Map<string, { columns: string[]; ids: Set<string> }>();
  for (const item of items) {
    const columns = group(item);
    const key = keyOf(...columns);
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { columns, ids: new Set() }));
    entry.ids.add(item.resourceId);
  }
  return [...groups.values()].map(({ columns, ids }) => ({ columns, ids: [...ids] }));
}

async function selectResources(executor: Executor<SimTables>, keys: readonly ResourceKey[]): Promise<Array<Selectable<SimResourceTable> | undefined>> {
  const groups = grouped(keys, (key) => [key.accountId, key.region]);
  const rows = await executor
    .selectFrom('sim_resources')
    .selectAll()
    .where((eb) => eb.or(groups.map(({ columns: [accountId, region], ids }) => eb.and([
      eb('account_id', '=', accountId!),
      eb('region', '=', region!),
      ids.length === 1 ? eb('resource_id', '=', ids[0]!) : eb('resource_id', 'in', ids),
    ]))))
    .execute();
  const byKey = new Map(rows.map((row) => [keyOf(row.account_id, row.region, row.resource_id), row]));
  return keys.map((key) => byKey.get(keyOf(key.accountId, key.region, key.resourceId)));
}

async function selectSnapshotsById(executor: Executor<SimTables>, keys: readonly SnapshotIdKey[]): Promise<Array<Selectable<SimSnapshotTable> | undefined>> {
  const ids = [...new Set(keys.map((key) => key.snapshotId))];
  const rows = await executor
    .selectFrom('sim_snapshots')
    .selectAll()
    .where((eb) => (ids.length === 1 ? eb('snapshot_id', '=', ids[0]!) : eb('snapshot_id', 'in', ids)))
    .where('deleted_at', 'is', null)
    .execute();
  // snapshot_id is the primary key: the region narrows nothing the id has not, but a snapshot asked for in another region is not found.
  const byId = new Map(rows.map((row) => [row.snapshot_id, row]));
  return keys.map((key) => {
    const row = byId.get(key.snapshotId);
    return row && row.region === key.region ? row : undefined;
  });
}

async function selectBucketHolders(executor: Executor<SimTables>, keys: readonly ResourceKey[]): Promise<Array<BucketHolder | undefined>> {
  const names = [...new Set(keys.map((key) => key.resourceId))];
  const rows = await executor
    .selectFrom('sim_resources')
    .select(['account_id', 'region', 'resource_id'])
    .where('type', '=', 's3:bucket')
    .where((eb) => (names.length === 1 ? eb('resource_id', '=', names[0]!) : eb('resource_id', 'in', names)))
    .execute();
  return keys.map((key) => rows.find((row) => row.resource_id === key.resourceId && (row.account_id !== key.accountId || row.region !== key.region)));
}

/** How many dependents a DependencyViolation (or a cluster's members) names. */
export const DEPENDENTS_SHOWN = 5;

async function selectDependents(executor: Executor<SimTables>, keys: readonly ResourceKey[]): Promise<string[][]> {
  const groups = grouped(keys, (key) => [key.accountId, key.region]);
  // The first few of each resource's dependents (row_number per resource): a subnet many instances still use
  // answers five, as the single lookup's `limit 5` did, not all of them.
  const ranked = executor
    .selectFrom('sim_dependencies')
    .select((eb) => ['account_id', 'region', 'depends_on', 'resource_id',
      eb.fn.agg<number>('row_number').over((over) => over.partitionBy(['account_id', 'region', 'depends_on']).orderBy('resource_id')).as('rank')])
    .where((eb) => eb.or(groups.map(({ columns: [accountId, region], ids }) => eb.and([
      eb('account_id', '=', accountId!),
      eb('region', '=', region!),
      ids.length === 1 ? eb('depends_on', '=', ids[0]!) : eb('depends_on', 'in', ids),
    ]))));
  const rows = await executor
    .selectFrom(ranked.as('ranked'))
    .select(['account_id', 'region', 'depends_on', 'resource_id'])
    .where('rank', '<=', DEPENDENTS_SHOWN)
    .orderBy('resource_id')
    .execute();
  const byKey = new Map<string, string[]>();
  for (const row of rows) {
    const key = keyOf(row.account_id, row.region, row.depends_on);
    byKey.set(key, [...(byKey.get(key) ?? []), row.resource_id]);
  }
  return keys.map((key) => byKey.get(keyOf(key.accountId, key.region, key.resourceId)) ?? []);
}

async function selectLiveSnapshots(executor: Executor<SimTables>, keys: readonly LiveSnapshotKey[]): Promise<Array<Selectable<SimSnapshotTable> | undefined>> {
  const groups = grouped(keys, (key) => [key.protectionId, key.region, key.accountId]);
  const rows = await executor
    .selectFrom('sim_snapshots')
    .selectAll()
    .where((eb) => eb.or(groups.map(({ columns: [protectionId, region, accountId], ids }) => eb.and([
      eb('protection_id', '=', protectionId!),
      ids.length === 1 ? eb('resource_id', '=', ids[0]!) : eb('resource_id', 'in', ids),
      eb('region', '=', region!),
      eb('account_id', '=', accountId!),
    ]))))
    .where('deleted_at', 'is', null)
    .where('recovery_copy', 'is', null)
    .execute();
  const byKey = new Map(rows.map((row) => [keyOf(row.protection_id, row.resource_id, row.region, row.account_id), row]));
  return keys.map((key) => byKey.get(keyOf(key.protectionId, key.resourceId, key.region, key.accountId)));
}

async function insertSnapshots(executor: Executor<SimTables>, rows: readonly Insertable<SimSnapshotTable>[]): Promise<Array<Selectable<SimSnapshotTable> | undefined>> {
  const inserted = await executor
    .insertInto('sim_snapshots')
    .values([...rows])
    .onConflict((conflict) => conflict.doNothing())
    .returningAll()
    .execute();
  // By the primary key: two requests with one live key both reach the insert, only one row is inserted, and the
  // other request is told so (undefined) and reads the winner, as two separate calls would.
  const byId = new Map(inserted.map((row) => [row.snapshot_id, row]));
  return rows.map((row) => byId.get(row.snapshot_id));
}

async function insertResources(executor: Executor<SimTables>, rows: readonly Insertable<SimResourceTable>[]): Promise<Array<InsertedResource | undefined>> {
  const inserted = await executor
    .insertInto('sim_resources')
    .values([...rows])
    .onConflict((conflict) => conflict.columns(['account_id', 'region', 'resource_id']).doNothing())
    .returning(['resource_id', 'arn', 'region', 'type', 'account_id', 'dependencies'])
    .execute();
  const byKey = new Map(inserted.map((row) => [keyOf(row.account_id, row.region, row.resource_id), row]));
  // A key asked for twice in one batch was inserted once: the first request gets the row, the others undefined.
  return rows.map((row) => {
    const key = keyOf(row.account_id, row.region, row.resource_id);
    const found = byKey.get(key);
    byKey.delete(key);
    return found;
  });
}

async function deleteResources(executor: Executor<SimTables>, keys: readonly ResourceKey[]): Promise<undefined[]> {
  const groups = grouped(keys, (key) => [key.accountId, key.region]);
  const matching = (eb: ExpressionBuilder<SimTables, 'sim_resources' | 'sim_dependencies'>) => eb.or(groups.map(({ columns: [accountId, region], ids }) => eb.and([
    eb('account_id', '=', accountId!),
    eb('region', '=', region!),
    ids.length === 1 ? eb('resource_id', '=', ids[0]!) : eb('resource_id', 'in', ids),
  ])));
  if (executor.getExecutor().adapter instanceof PostgresAdapter) {
    // The rows and their edges in one statement (a data-modifying CTE): one statement a round instead of two, and
    // one commit, on PostgreSQL.
    await executor
      .with('gone', (db) => db.deleteFrom('sim_resources').where(matching).returning('id'))
      .deleteFrom('sim_dependencies')
      .where(matching)
      .execute();
  } else {
    // SQLite has no data-modifying CTE: two statements (neither waits for a round trip there).
    await executor.deleteFrom('sim_resources').where(matching).execute();
    await executor.deleteFrom('sim_dependencies').where(matching).execute();
  }
  return keys.map(() => undefined);
}
