// Shared set-up of the recovery tests: the demo shop protected through the native API (as a user would),
// then recoveries and resets driven through it, and readers of what the simulated cloud holds.
import { expect } from 'vitest';
import { RECOVERY_ID_TAG } from '../../src/cloud/provider.ts';
import { connectionBody, eventually, type TestApp } from '../helpers/app.ts';
import { assemblyUrl, createAssembly, createConnection, dbOf, startProtection, waitForProtection, SHOP_SERVICES, type Json } from '../protections/fixture.ts';

export const RECOVERY_ACCOUNT = '222222222222';
export const FINISHED = ['completed', 'partially-completed', 'failed', 'aborted'];

export const recoveriesUrl = (t: TestApp, assemblyId: number, P = t.P) => `${assemblyUrl(t, assemblyId, P)}/recoveries`;

/** A verified connection, the shop assembly (replicated to us-west-2, cross-region allowed) and one successful protection. */
export async function protectedShop(t: TestApp, name = 'shop'): Promise<{ connectionId: number; assemblyId: number; protectionId: string }> {
  const connectionId = await createConnection(t, `${name}-aws`);
  const assemblyId = await createAssembly(t, connectionId, name, { allowCrossRegionRecovery: true });
  const protectionId = await startProtection(t, assemblyId);
  const done = await waitForProtection(t, assemblyId, protectionId);
  expect(done.status).toBe('success');
  return { connectionId, assemblyId, protectionId };
}

/** A verified connection to the empty recovery account (222222222222). */
export async function recoveryAccountConnection(t: TestApp, name = 'dr-aws'): Promise<number> {
  const res = await t.request({
    method: 'POST', url: `${t.P}/aws/cloud-connections`,
    payload: connectionBody({ name, services: SHOP_SERVICES, accessMethod: { type: 'iam-role', roleArn: `arn:aws:iam::${RECOVERY_ACCOUNT}:role/LifeboatAccess` } }),
  });
  expect(res.statusCode, res.body).toBe(202);
  const id = res.json().id as number;
  await eventually(async () => (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${id}` })).json().connectivityStatus === 'success', 10_000, 'dr connection verified');
  return id;
}

export function startRecovery(t: TestApp, assemblyId: number, payload: Json, options: { headers?: Record<string, string>; token?: string } = {}) {
  return t.request({ method: 'POST', url: recoveriesUrl(t, assemblyId), payload, headers: options.headers, token: options.token });
}

/** Starts a recovery, expecting 202 pending; returns its id. */
export async function recover(t: TestApp, assemblyId: number, payload: Json): Promise<string> {
  const res = await startRecovery(t, assemblyId, payload);
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json().recoveryStatus).toBe('pending');
  return res.json().id as string;
}

export async function recoveryDetails(t: TestApp, assemblyId: number, id: string): Promise<Json> {
  const res = await t.request({ method: 'GET', url: `${recoveriesUrl(t, assemblyId)}/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function waitForRecovery(t: TestApp, assemblyId: number, id: string, statuses = FINISHED, timeoutMs = 20_000): Promise<Json> {
  let last = '';
  try {
    return await eventually(async () => {
      const d = await recoveryDetails(t, assemblyId, id);
      last = d.recoveryStatus;
      return statuses.includes(d.recoveryStatus) ? d : undefined;
    }, timeoutMs, `recovery ${id} to reach ${statuses.join('|')}`);
  } catch (error) {
    throw new Error(`${(error as Error).message} (last seen: ${last})`);
  }
}

export async function resetStatus(t: TestApp, assemblyId: number, id: string) {
  return t.request({ method: 'GET', url: `${recoveriesUrl(t, assemblyId)}/${id}/reset-status` });
}

export async function waitForReset(t: TestApp, assemblyId: number, id: string, statuses = ['completed', 'failed'], timeoutMs = 20_000): Promise<Json> {
  let last = '';
  try {
    return await eventually(async () => {
      const res = await resetStatus(t, assemblyId, id);
      expect(res.statusCode, res.body).toBe(200);
      last = res.body;
      return statuses.includes(res.json().status) ? res.json() : undefined;
    }, timeoutMs, `the reset of ${id} to reach ${statuses.join('|')}`);
  } catch (error) {
    throw new Error(`${(error as Error).message} (last seen: ${last})`);
  }
}

/** The sim resources carrying the recovery's tag, in any account and region. */
export async function taggedWith(t: TestApp, recoveryId: string): Promise<Array<{ account_id: string; region: string; resource_id: string; type: string; tags: string; configuration: string }>> {
  const rows = await dbOf(t).selectFrom('sim_resources').select(['account_id', 'region', 'resource_id', 'type', 'tags', 'configuration'])
    .where('tags', 'like', `%${recoveryId}%`).execute();
  return rows.filter((r) => JSON.parse(r.tags)[RECOVERY_ID_TAG] === recoveryId);
}

export async function simResourceCount(t: TestApp): Promise<number> {
  return Number((await dbOf(t).selectFrom('sim_resources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

/** "Nothing written": recoveries, their resource rows, their jobs, and the sim's resources. */
export async function recoveryRowCounts(t: TestApp) {
  const db = dbOf(t);
  const count = async (table: string, kind?: string) => {
    let q = db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (kind) q = q.where('kind', 'like', kind);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  return {
    recoveries: await count('recoveries'), resources: await count('recovery_resources'), jobs: await count('jobs', 'recoveries.run'),
    sim: await simResourceCount(t),
  };
}

/** How many times the sim was asked to run an operation (its call log). */
export async function simCalls(t: TestApp, operation: string): Promise<number> {
  return Number((await dbOf(t).selectFrom('sim_calls').select((eb) => eb.fn.countAll<number>().as('n')).where('operation', '=', operation).executeTakeFirstOrThrow()).n);
}
