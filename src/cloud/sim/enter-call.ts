import type { Executor } from '../../platform/db/database.ts';
import type { CloudCredentials } from '../provider.ts';
import { simulateCall } from './calls.ts';
import { checkCredentials, reachedAccount } from './credentials.ts';
import type { SimCall } from './faults.ts';
import type { SimTables } from './tables.ts';

/**
 * The prologue of every sim call that throws (verify reports instead): check the credentials, simulate
 * the call (latency, call log, table faults, matched under the account the credentials name), then insist
 * the credentials reached an account. Returns that account's id; throws the fault or the credentials' error.
 */
export async function enterCall(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  call: Omit<SimCall, 'accountId'>,
): Promise<string> {
  const check = await checkCredentials(executor, credentials);
  const fault = await simulateCall(executor, latencyMs, { ...call, accountId: check.accountId });
  if (fault) throw fault;
  return reachedAccount(check);
}
