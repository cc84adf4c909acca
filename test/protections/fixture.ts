// Shared set-up of the protection tests: a cloud connection and `shop` assemblies made through the native
// API (as a user would), and small readers of protections and the simulated cloud.
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { connectionBody, eventually, type TestApp } from '../helpers/app.ts';

export const DEMO_ACCOUNT = '111111111111';
/** Every service the shop application uses, so the assembly sees all of it (Route53 left out on purpose). */
export const SHOP_SERVICES = ['VPC', 'EC2', 'EBS', 'RDS', 'DynamoDB', 'S3', 'ELB', 'Lambda', 'SQS', 'SNS'];
/** The shop's data resources in us-east-1 of the demo estate: three EBS volumes, its database, sessions table and assets bucket. */
export const SHOP_DATA_TYPES = ['dynamodb:table', 'ebs:volume', 'ebs:volume', 'ebs:volume', 'rds:db-instance', 's3:bucket'];
export const TERMINAL = ['success', 'partially-protected', 'skipped', 'failed', 'pruning-failed', 'elapsed'];
export const TEN_STATUSES = [
  'created', 'preparing', 'preparation-completed', 'in-progress', 'partially-protected', 'success', 'skipped', 'failed', 'pruning-failed', 'elapsed',
];

type Res = Awaited<ReturnType<TestApp['request']>>;
export type Json = Record<string, any>;

/** A connection to the demo account's role, with every shop service, verified. Returns its id. */
export async function createConnection(t: TestApp, name = 'prod-aws'): Promise<number> {
  const res = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody({ name, services: SHOP_SERVICES }) });
  expect(res.statusCode, res.body).toBe(202);
  const id = res.json().id as number;
  await eventually(async () => {
    const c = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${id}` })).json();
    return c.connectivityStatus === 'success';
  }, 10_000, `connection ${name} verified`);
  return id;
}

export function shopFilter(value = 'shop'): Json {
  return { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value }] };
}

/** POST P/aws/cloud-assemblies: the shop of us-east-1, replicated to us-west-2. Returns its id. */
export async function createAssembly(t: TestApp, connectionId: number, name: string, overrides: Json = {}, P = t.P): Promise<number> {
  const res = await t.request({
    method: 'POST', url: `${P}/aws/cloud-assemblies`,
    payload: {
      name, cloudConnectionId: connectionId, sourceRegion: 'us-east-1', replicaRegions: ['us-west-2'], resourceFilterStrategy: shopFilter(), ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

export const assemblyUrl = (t: TestApp, assemblyId: number, P = t.P) => `${P}/aws/cloud-assemblies/${assemblyId}`;
export const protectionsUrl = (t: TestApp, assemblyId: number, P = t.P) => `${assemblyUrl(t, assemblyId, P)}/protections`;

/** Protect now; the answer as it came. */
export function protectNow(t: TestApp, assemblyId: number, options: { headers?: Record<string, string>; token?: string; payload?: unknown } = {}): Promise<Res> {
  return t.request({ method: 'POST', url: protectionsUrl(t, assemblyId), headers: options.headers, token: options.token, payload: options.payload as object });
}

/** Protect now, expecting the 202 `created`; returns the protection's id. */
export async function startProtection(t: TestApp, assemblyId: number, headers?: Record<string, string>): Promise<string> {
  const res = await protectNow(t, assemblyId, { headers });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json().status).toBe('created');
  return res.json().id as string;
}

export async function details(t: TestApp, assemblyId: number, id: string): Promise<Json> {
  const res = await t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function statusOf(t: TestApp, assemblyId: number, id: string): Promise<string> {
  const res = await t.request({ method: 'GET', url: `${protectionsUrl(t, assemblyId)}/status?protection_id=${encodeURIComponent(id)}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().status as string;
}

/**
 * Waits for the protection to reach a terminal status (or one of `statuses`); returns its details. A finished
 * protection then frees its assembly in a second step, which this waits for too (the assembly's lastProtection
 * shows the outcome), so that the next protect-now of a test does not race it.
 */
export async function waitForProtection(t: TestApp, assemblyId: number, id: string, statuses = TERMINAL, timeoutMs = 15_000): Promise<Json> {
  let last: unknown;
  try {
    const d = await eventually(async () => {
      const now = await details(t, assemblyId, id);
      last = now.status;
      return statuses.includes(now.status) ? now : undefined;
    }, timeoutMs, `protection ${id} to reach ${statuses.join('|')}`);
    if (TERMINAL.includes(d.status) && d.status !== 'elapsed' && d.status !== 'pruning-failed') {
      await eventually(async () => {
        const a = (await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) })).json();
        last = `${d.status}, assembly's lastProtection ${JSON.stringify(a.lastProtection)}`;
        return a.lastProtection?.id !== id || a.lastProtection.status === d.status;
      }, 5_000, `the assembly to record the outcome of ${id}`);
    }
    return d;
  } catch (error) {
    throw new Error(`${(error as Error).message} (last seen: ${String(last)})`);
  }
}

export async function getAssembly(t: TestApp, assemblyId: number): Promise<Json> {
  const res = await t.request({ method: 'GET', url: assemblyUrl(t, assemblyId) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The raw database of the app (the tests read tables a user cannot see: sim_snapshots, jobs). */
export const dbOf = (t: TestApp) => t.app.store.db as unknown as Kysely<any>;

/** Row counts of the protection tables and the sim's snapshots: "nothing written" checks. */
export async function protectionRowCounts(t: TestApp): Promise<{ protections: number; versions: number; resources: number; jobs: number; snapshots: number }> {
  const db = dbOf(t);
  const p = await db.selectFrom('protections').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('v')]).executeTakeFirstOrThrow();
  const r = await db.selectFrom('protection_resources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const j = await db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'protections.run').executeTakeFirstOrThrow();
  return {
    protections: Number(p.n), versions: Number(p.v ?? 0), resources: Number(r.n), jobs: Number(j.n),
    snapshots: await t.app.sim!.countSnapshots({ includeDeleted: true }),
  };
}

/** Replaces one sim resource's tags (the fault tag of snapshots.ts), returning a function that puts the old ones back. */
export async function retag(t: TestApp, resourceId: string, tags: (old: Record<string, string>) => Record<string, string>): Promise<() => Promise<void>> {
  const sim = t.app.sim!;
  const key = { accountId: DEMO_ACCOUNT, region: 'us-east-1', resourceId };
  const before = await sim.getResource(key);
  if (!before) throw new Error(`no sim resource ${resourceId}`);
  const put = (newTags: Record<string, string>) => sim.putResource({
    ...key, type: before.type, name: before.name, arn: before.arn, configuration: before.configuration, tags: newTags, dependencies: before.dependencies,
  });
  await put(tags({ ...before.tags }));
  return () => put({ ...before.tags });
}

/** Resolves the promise's value, or rejects if it takes longer than ms (a hung request fails the test instead of the run). */
export async function answerWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms (the server hangs)`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the promise settles within ms. */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), ms); });
  try {
    return await Promise.race([promise.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}
