import { setTimeout as sleep } from 'node:timers/promises';
import { ValidationError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { CloudCallError } from '../provider.ts';
import { currentConfig, logCall, type SimConfig } from './config.ts';
import { faultError, takeFault, type SimCall } from './faults.ts';
import { mergeRateLimits, parseRateLimits, resetBuckets, takeToken, type RateLimits } from './rate-limits.ts';
import type { SimTables } from './tables.ts';

export interface SimSettings {
  /** Latency every call sleeps, ms: the stored setting, else the provider's configured default. */
  readonly latencyMs: number;
  /** AWS-shaped request throttling (rate-limits.ts); off unless set. */
  readonly rateLimits: RateLimits;
}

export interface SimCallFilter {
  readonly operation?: string;
  readonly accountId?: string;
  readonly region?: string;
  readonly service?: string;
  /** The resource a snapshot, copy or delete was about. */
  readonly resourceId?: string;
}

const LATENCY_KEY = 'latencyMs';
const RATE_LIMITS_KEY = 'rateLimits';

/**
 * What every provider call goes through before it does its work: sleep the latency, log the call,
 * then apply the first matching fault. Returns the fault's error rather than throwing it, because
 * verify reports failures instead of throwing.
 *
 * `config` is the sim's configuration as the call found it (config.ts; read afresh when absent): the
 * latency comes from it. The call-log insert reports the configuration's version as of the insert, so a
 * fault added during the latency is still matched, as when faults were read after the log.
 *
 * Round trips per call, measured on PostgreSQL (issue 19): before, about five (account, role, latency
 * setting, call-log row, every fault) besides the call's own work; then two (the version read, shared by
 * the calls in flight, and the call-log insert, one statement for the calls in flight); now, through
 * enterCall with a current cache and no latency, the insert alone; plus one conditional update when a
 * counted fault is used up.
 */
export async function simulateCall(
  executor: Executor<SimTables>,
  defaultLatencyMs: number,
  call: SimCall,
  config?: SimConfig,
  /** The call's IAM action, which names its throttling bucket (else the operation does). */
  action?: string,
): Promise<CloudCallError | undefined> {
  const before = config ?? (await currentConfig(executor));
  const latencyMs = latencyOf(before, defaultLatencyMs);
  if (latencyMs > 0) await sleep(latencyMs);
  const after = await logCall(executor, {
    operation: call.operation,
    account_id: call.accountId ?? null,
    region: call.region ?? null,
    service: call.service ?? null,
    // Named only when set: verify and discover then work on a store that lacks migration 0010.
    ...(call.resourceId !== undefined && { resource_id: call.resourceId }),
    at: Date.now(),
  });
  // A latency set since the cached configuration the call began with (enter-call.ts reads the version first only when
  // the cache has a latency): slept now, after the log rather than before it.
  if (latencyMs === 0) {
    const now = latencyOf(after, defaultLatencyMs);
    if (now > 0) await sleep(now);
  }
  // A throttled request is refused before anything else looks at it, and takes no token.
  const throttled = takeToken(parseRateLimits(after.settings.get(RATE_LIMITS_KEY)), call.accountId ?? '', call.region ?? '', action ?? call.operation);
  if (throttled) return throttled;
  const fault = await takeFault(executor, call, after);
  if (!fault) return undefined;
  if (fault.latencyMs > 0) await sleep(fault.latencyMs);
  return fault.errorCode === null ? undefined : faultError({ ...fault, errorCode: fault.errorCode }, call);
}

export function latencyOf(config: SimConfig, defaultLatencyMs: number): number {
  const value = config.settings.get(LATENCY_KEY);
  return value === undefined ? defaultLatencyMs : Number(value);
}

// What the admin API reports, read from the table. Calls take the setting from config.ts's cache, which
// sim_config_version keeps current, so a setting written by any process takes effect on the next call everywhere.
export async function readSettings(executor: Executor<SimTables>, defaultLatencyMs: number): Promise<SimSettings> {
  const rows = await executor.selectFrom('sim_settings').select(['key', 'value']).where('key', 'in', [LATENCY_KEY, RATE_LIMITS_KEY]).execute();
  const latency = rows.find((row) => row.key === LATENCY_KEY);
  return {
    latencyMs: latency ? Number(latency.value) : defaultLatencyMs,
    rateLimits: parseRateLimits(rows.find((row) => row.key === RATE_LIMITS_KEY)?.value),
  };
}

/** Stores AWS-shaped rate limits over the current ones (fields left out keep their value); buckets start full. */
export async function writeRateLimits(executor: Executor<SimTables>, input: Parameters<typeof mergeRateLimits>[1]): Promise<void> {
  const current = (await readSettings(executor, 0)).rateLimits;
  const value = JSON.stringify(mergeRateLimits(current, input));
  await executor
    .insertInto('sim_settings')
    .values({ key: RATE_LIMITS_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
  resetBuckets();
}

export async function writeLatency(executor: Executor<SimTables>, latencyMs: number): Promise<void> {
  if (!Number.isSafeInteger(latencyMs) || latencyMs < 0 || latencyMs > 600_000) {
    throw new ValidationError({ latencyMs: 'must be an integer from 0 to 600000' });
  }
  await executor
    .insertInto('sim_settings')
    .values({ key: LATENCY_KEY, value: String(latencyMs) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(latencyMs) }))
    .execute();
}

export async function countCalls(executor: Executor<SimTables>, filter: SimCallFilter): Promise<number> {
  let query = executor.selectFrom('sim_calls').select((eb) => eb.fn.countAll().as('calls'));
  if (filter.operation !== undefined) query = query.where('operation', '=', filter.operation);
  if (filter.accountId !== undefined) query = query.where('account_id', '=', filter.accountId);
  if (filter.region !== undefined) query = query.where('region', '=', filter.region);
  if (filter.service !== undefined) query = query.where('service', '=', filter.service);
  if (filter.resourceId !== undefined) query = query.where('resource_id', '=', filter.resourceId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.calls);
}
