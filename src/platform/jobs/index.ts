// The durable job runner's public API. See runner.ts for the loop, job-run.ts for one attempt, and one
// file per SQL operation for the statements.
export type { JobsTable, JobTables, JobRow, JobStatus } from './tables.ts';
export { jobsMigration } from './migration.ts';
export { jobsClaimIndexMigration } from './claim-index-migration.ts';
export { jobsKeyMigration } from './key-migration.ts';
export { enqueue, DEFAULT_MAX_ATTEMPTS, type JobSpec } from './enqueue.ts';
export { getJob, countJobs } from './read.ts';
export { retryDelayMs } from './backoff.ts';
export { LeaseLostError, PermanentJobError, JobRunnerStoppedError } from './errors.ts';
export type { JobHandler, JobContext } from './handler.ts';
export type { JobOutcome } from './job-run.ts';
export { JobRunner, type JobRunnerOptions } from './runner.ts';
