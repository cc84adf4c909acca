import type { Executor } from '../db/database.ts';
import type { JobRow, JobStatus, JobTables } from './tables.ts';

/** One job by id, as stored (payload and progress are JSON text). */
export async function getJob<DB extends JobTables>(executor: Executor<DB>, id: number): Promise<JobRow | undefined> {
  const db = executor as unknown as Executor<JobTables>;
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** How many jobs match; both filters are optional. */
export async function countJobs<DB extends JobTables>(executor: Executor<DB>, filter: { status?: JobStatus; kind?: string } = {}): Promise<number> {
  const db = executor as unknown as Executor<JobTables>;
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .$if(filter.status !== undefined, (qb) => qb.where('status', '=', filter.status!))
    .$if(filter.kind !== undefined, (qb) => qb.where('kind', '=', filter.kind!))
    .executeTakeFirstOrThrow();
  // PostgreSQL's count is int8, which the store parses as a number; Number() also covers a string.
  return Number(row.count);
}
