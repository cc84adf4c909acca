import type { DiscoveredResource } from '../../src/cloud/provider.ts';
import { demoEstate } from '../../src/cloud/sim/estate.ts';
import { serviceOfType } from '../../src/cloud/sim/kinds.ts';
import { connectionBody, eventually, type TestApp } from '../helpers/app.ts';

export const DEMO_ACCOUNT = '111111111111';

/** The services connectionBody() allows: discovery (and so every selection) sees only these. */
export const CONNECTION_SERVICES = connectionBody().services as string[];

/** The demo estate as the sim seeds it: the oracle the tests compare selections with. */
export const ESTATE = demoEstate().resources.filter((r) => r.accountId === DEMO_ACCOUNT);

/** The id of the demo resource with that name in that region (VPC and instance ids are derived hashes). */
export function idOf(region: string, name: string): string {
  const found = ESTATE.find((r) => r.region === region && r.name === name);
  if (!found) throw new Error(`no demo resource ${name} in ${region}`);
  return found.resourceId;
}

/** What a connection with connectionBody()'s services discovers in a region: name → the estate's resource. */
export function visibleIn(region: string) {
  return ESTATE.filter((r) => r.region === region && CONNECTION_SERVICES.includes(serviceOfType(r.type)!));
}

/** A resource as discovery reports it, for unit tests of the filter. */
export function res(resourceId: string, type: string, options: { vpcId?: string; tags?: Record<string, string>; deps?: string[]; config?: Record<string, unknown> } = {}): DiscoveredResource {
  return {
    resourceId, type, arn: `arn:aws:test:us-east-1:${DEMO_ACCOUNT}:${resourceId}`, service: 'EC2', region: 'us-east-1', name: resourceId,
    configuration: { ...(options.config ?? {}), ...(options.vpcId ? { vpcId: options.vpcId } : {}) },
    tags: options.tags ?? {}, dependencies: options.deps ?? [],
  };
}

/** A valid create body for the connection, with overrides. */
export function assemblyBody(cloudConnectionId: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'shop',
    description: 'the shop',
    cloudConnectionId,
    sourceRegion: 'us-east-1',
    resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] },
    allowCrossRegionRecovery: true,
    replicaRegions: ['us-west-2'],
    ...overrides,
  };
}

export const assembliesOf = (t: TestApp, project = 'default') => `/api/v1/accounts/${t.accountId}/projects/${project}/aws/cloud-assemblies`;
export const connectionsOf = (t: TestApp, project = 'default') => `/api/v1/accounts/${t.accountId}/projects/${project}/aws/cloud-connections`;

/** Creates a cloud connection (202) and returns its id. */
export async function makeConnection(t: TestApp, overrides: Record<string, unknown> = {}, project = 'default'): Promise<number> {
  const res = await t.request({ method: 'POST', url: connectionsOf(t, project), payload: connectionBody(overrides) });
  if (res.statusCode !== 202) throw new Error(`connection not created: ${res.statusCode} ${res.body}`);
  return res.json().id as number;
}

/** Creates an assembly (201) and returns its body. */
export async function makeAssembly(t: TestApp, connectionId: number, overrides: Record<string, unknown> = {}, project = 'default') {
  const res = await t.request({ method: 'POST', url: assembliesOf(t, project), payload: assemblyBody(connectionId, overrides) });
  if (res.statusCode !== 201) throw new Error(`assembly not created: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; name: string; status: string; [key: string]: unknown };
}

/** Rows in cloud_assemblies, whatever their status: "nothing written" is checked in the store itself. */
export async function assemblyRows(t: TestApp): Promise<number> {
  const row = await t.app.store.db.selectFrom('cloud_assemblies').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Fails with `what` instead of hanging when a request never answers (a deadlocked store). */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Polls the assembly until its status is one of `statuses`; returns it. */
export function assemblyStatus(t: TestApp, url: string, statuses: string[], timeoutMs = 10_000) {
  return eventually(async () => {
    const body = (await t.request({ method: 'GET', url })).json();
    return statuses.includes(body.status) && body;
  }, timeoutMs, `assembly ${url} to become ${statuses.join(' or ')}`);
}

export const RUNNING_PROTECTION = ['created', 'preparing', 'preparation-completed', 'in-progress'];
