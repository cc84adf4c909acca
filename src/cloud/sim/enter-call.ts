import type { Executor } from '../../platform/db/database.ts';
import type { CloudCredentials } from '../provider.ts';
import { simulateCall } from './calls.ts';
import { currentConfig } from './config.ts';
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
  const config = await currentConfig(executor);
  const check = checkWithConfig(config, credentials);
  const fault = await simulateCall(executor, latencyMs, { ...call, accountId: check.accountId }, config, action);
  if (fault) throw fault;
  const accountId = reachedAccount(check);
  if (check.ok) authorize(check, action, call.region);
  return accountId;
}
