import { ValidationError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/db/database.ts';
import { CloudCallError } from '../provider.ts';
import { currentConfig, type SimConfig } from './config.ts';
import type { SimTables } from './tables.ts';

/** Narrows a fault to calls about one account, region, service or resource; absent keys match anything. */
export interface SimFaultMatch {
  readonly accountId?: string;
  readonly region?: string;
  readonly service?: string;
  readonly resourceId?: string;
}

export interface SimFaultInput {
  /** verify, discover, releaseConnection, snapshot, copySnapshot, deleteSnapshot, recreate, deleteResource, listRecoveryResources, describeStack,
   * describeSnapshot, shareSnapshot, unshareSnapshot, ensureKey, copySnapshotForRecovery, describeQuotas, availabilityZones, instanceTypeOfferings, resourceState, probeEndpoint; `start` (matched on the
   * source resource id) leaves a recreated instance stopped instead of failing the call (pending for latencyMs, without an
   * errorCode), and `restoreObjects` (the same) a bucket restored from its snapshot short of half its objects; absent or null
   * hits every operation. */
  readonly operation?: string | null;
  readonly match?: SimFaultMatch;
  /** The AWS error code to fail with; absent or null only adds latency. */
  readonly errorCode?: string | null;
  /** How many calls it hits; absent or null: every call until removed. */
  readonly count?: number | null;
  /** Extra latency per hit, ms. */
  readonly latencyMs?: number;
}

export interface SimFault {
  readonly id: number;
  readonly operation: string | null;
  readonly match: SimFaultMatch;
  readonly errorCode: string | null;
  /** Hits left; null is forever. */
  readonly remaining: number | null;
  readonly latencyMs: number;
  readonly createdAt: number;
}

/** One provider call, as faults match it and sim_calls logs it. */
export interface SimCall {
  readonly operation: string;
  readonly accountId?: string;
  readonly region?: string;
  readonly service?: string;
  readonly resourceId?: string;
}

const REASONS: ReadonlyArray<readonly [CloudCallError['reason'], readonly string[]]> = [
  ['throttled', ['ThrottlingException', 'Throttling', 'RequestLimitExceeded', 'TooManyRequestsException', 'SlowDown', 'ProvisionedThroughputExceededException']],
  ['unavailable', ['ServiceUnavailable', 'ServiceUnavailableException', 'Unavailable', 'RequestTimeout', 'RequestTimeoutException', 'EndpointConnectionError']],
  ['authentication', ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthFailure', 'InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken', 'ExpiredTokenException', 'UnrecognizedClientException']],
];

const MESSAGES: Readonly<Record<string, string>> = {
  ThrottlingException: 'Rate exceeded',
  ServiceUnavailable: 'Service is unavailable. Please try again later.',
  AccessDenied: 'User: lifeboat is not authorized to perform this operation',
  InternalError: 'We encountered an internal error. Please try again.',
};

/** How Lifeboat should treat an AWS error code; codes the sim does not know are faults (not retryable). */
export function reasonForCode(code: string): CloudCallError['reason'] {
  return REASONS.find(([, codes]) => codes.includes(code))?.[0] ?? 'fault';
}

/** The error a fault raises on a call. */
export function faultError(fault: SimFault & { errorCode: string }, call: SimCall): CloudCallError {
  const text = MESSAGES[fault.errorCode] ?? 'Simulated failure';
  return new CloudCallError(reasonForCode(fault.errorCode), fault.errorCode, `${fault.errorCode}: ${text} (sim fault ${fault.id} on ${call.operation})`);
}

export async function insertFault(executor: Executor<SimTables>, input: SimFaultInput, now: number): Promise<number> {
  const errorCode = validErrorCode(input.errorCode ?? null);
  const latencyMs = validLatency(input.latencyMs ?? 0);
  if (errorCode === null && latencyMs === 0) throw new ValidationError({ errorCode: 'a fault needs an errorCode, a latencyMs, or both' });
  const row = await executor
    .insertInto('sim_faults')
    .values({
      operation: input.operation ?? null,
      match: JSON.stringify(validMatch(input.match ?? {})),
      error_code: errorCode,
      remaining: validCount(input.count ?? null),
      latency_ms: latencyMs,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function selectFaults(executor: Executor<SimTables>): Promise<SimFault[]> {
  const rows = await executor.selectFrom('sim_faults').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    id: Number(row.id),
    operation: row.operation,
    match: JSON.parse(row.match) as SimFaultMatch,
    errorCode: row.error_code,
    remaining: row.remaining,
    latencyMs: row.latency_ms,
    createdAt: row.created_at,
  }));
}

/**
 * Finds the first fault (in id order) that matches the call and uses up one of its hits. The decrement
 * is conditional (`remaining > 0`), so two workers racing for a fault's last hit cannot both take it;
 * the loser moves on to the next matching fault.
 */
export async function takeFault(executor: Executor<SimTables>, call: SimCall, config?: SimConfig): Promise<SimFault | undefined> {
  // The cached faults (config.ts), current as of a version read that began after the call did.
  const faults = (config ?? (await currentConfig(executor))).faults.filter((fault) => matches(fault, call));
  for (const fault of faults) {
    if (fault.remaining === null) return fault;
    const taken = await executor
      .updateTable('sim_faults')
      .set((eb) => ({ remaining: eb('remaining', '-', 1) }))
      .where('id', '=', fault.id)
      .where('remaining', '>', 0)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 0) continue;
    await executor.deleteFrom('sim_faults').where('id', '=', fault.id).where('remaining', '<=', 0).execute();
    return { ...fault, remaining: fault.remaining - 1 };
  }
  return undefined;
}

function matches(fault: SimFault, call: SimCall): boolean {
  if (fault.operation !== null && fault.operation !== call.operation) return false;
  const { match } = fault;
  return (
    (match.accountId === undefined || match.accountId === call.accountId) &&
    (match.region === undefined || match.region === call.region) &&
    (match.service === undefined || match.service === call.service) &&
    (match.resourceId === undefined || match.resourceId === call.resourceId)
  );
}

function validMatch(match: SimFaultMatch): SimFaultMatch {
  const allowed = ['accountId', 'region', 'service', 'resourceId'];
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(match)) {
    if (value === undefined) continue;
    if (!allowed.includes(key)) throw new ValidationError({ [`match.${key}`]: `is not one of ${allowed.join(', ')}` });
    if (typeof value !== 'string' || value === '') throw new ValidationError({ [`match.${key}`]: 'must be a non-empty string' });
    clean[key] = value;
  }
  return clean;
}

function validErrorCode(code: string | null): string | null {
  if (code !== null && !/^[A-Za-z][A-Za-z0-9.]{0,99}$/.test(code)) throw new ValidationError({ errorCode: 'must be an AWS error code such as ThrottlingException' });
  return code;
}

function validCount(count: number | null): number | null {
  if (count !== null && (!Number.isSafeInteger(count) || count < 1)) throw new ValidationError({ count: 'must be a positive integer, or null for every call' });
  return count;
}

function validLatency(ms: number): number {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > 600_000) throw new ValidationError({ latencyMs: 'must be an integer from 0 to 600000' });
  return ms;
}
