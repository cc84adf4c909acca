import type { Executor } from '../../platform/db/database.ts';
import type { CloudCredentials } from '../provider.ts';
import { latencyOf, simulateCall } from './calls.ts';
import { cachedConfig, currentConfig } from './config.ts';
import { checkWithConfig, reachedAccount } from './credentials.ts';
import type { SimCall } from './faults.ts';
import { authorize } from './permissions.ts';
import type { SimTables } from './tables.ts';

/**
 * The prologue of every sim call that throws (verify reports instead): check the credentials, simulate
 * the call (latency, call log, table faults, matched under the account the credentials name), insist
 * the credentials reached an account, then that its policy allows `action` in the call's region (see
 * permissions.ts; undefined checks nothing). Returns that account's id; throws the fault, the
 * credentials' error or the access denial.
 */
export async function enterCall(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  call: Omit<SimCall, 'accountId'>,
  action?: string,
): Promise<string> {
  // One round trip when the cached configuration is current: the call-log insert reports the version, and a change
  // made since the cache was read (by any process) is then loaded and the credentials checked again against it, so
  // the call still acts on the configuration as of its insert. The version is read first only when the cache says
  // the calls sleep a latency (which must come from a current setting) or there is no cache yet. On PostgreSQL this
  // halved the sim's statements per call (issue 19).
  const cached = cachedConfig(executor);
  const config = cached && latencyOf(cached, latencyMs) === 0 ? cached : await currentConfig(executor);
  let check = checkWithConfig(config, credentials);
  const fault = await simulateCall(executor, latencyMs, { ...call, accountId: check.accountId }, config, action);
  const after = cachedConfig(executor);
  if (after && after.version !== config.version) check = checkWithConfig(after, credentials);
  if (fault) throw fault;
  const accountId = reachedAccount(check);
  if (check.ok) authorize(check, action, call.region);
  return accountId;
}

/**
 * The account a call with these credentials will reach, when that is known before its call-log insert: the cached
 * configuration serves the call (no latency to sleep, enterCall's one-round-trip path) and the credentials are good
 * in it; else undefined. A call may start its reads for that account beside the insert (one round's wait on
 * PostgreSQL instead of two, issue 19), and use them only once enterCall has returned the same account: every
 * refusal enterCall makes still comes first, and the reads only start no earlier than the call itself did.
 */
export function enteringAccount(executor: Executor<SimTables>, latencyMs: number, credentials: CloudCredentials): string | undefined {
  const cached = cachedConfig(executor);
  if (!cached || latencyOf(cached, latencyMs) !== 0) return undefined;
  const check = checkWithConfig(cached, credentials);
  return check.ok ? check.accountId : undefined;
}
