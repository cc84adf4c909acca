import { expect } from 'vitest';
import type { SimResourceInput } from '../../src/cloud/sim/index.ts';
import { connectionBody } from '../helpers/app.ts';
import { waitFor, type Cluster, type LifeboatProcess } from './cluster.ts';

export const DEMO_ACCOUNT = '111111111111';
export const SHOP_SERVICES = ['VPC', 'EC2', 'EBS', 'RDS', 'DynamoDB', 'S3', 'ELB', 'Lambda', 'SQS', 'SNS'];

/** Extra EBS volumes of the demo shop (tagged app=shop), so that an operation on it takes a while. */
export function shopVolumes(count: number): SimResourceInput[] {
  return Array.from({ length: count }, (_, n) => ({
    accountId: DEMO_ACCOUNT, region: 'us-east-1', resourceId: `vol-0c${n.toString(16).padStart(15, '0')}`, type: 'ebs:volume',
    name: `shop-data-${n}`, configuration: { size: 8, volumeType: 'gp3' }, tags: { app: 'shop', Name: `shop-data-${n}`, env: 'prod' },
  }));
}

/** Creates the shop's connection through the API and waits until the worker has verified and synced it; its id. */
export async function connectShop(cluster: Cluster, worker: LifeboatProcess): Promise<number> {
  const made = await cluster.request('POST', `${cluster.P}/aws/cloud-connections`, connectionBody({ name: 'crash-shop', services: SHOP_SERVICES }));
  expect(made.status, JSON.stringify(made.body)).toBe(202);
  const connectionId = made.body.id as number;
  await waitFor('the connection to be verified and synced', async () => {
    const c = await cluster.request('GET', `${cluster.P}/aws/cloud-connections/${connectionId}`);
    return c.body.connectivityStatus === 'success' && c.body.lastSync !== null && c.body.syncStatus === 'idle';
  }, { timeoutMs: 30_000, watch: [cluster.api, worker] });
  return connectionId;
}

/**
 * An assembly of what is tagged app=<app> in us-east-1 on the connection, protected once (the worker waited for until
 * the protection succeeded): the assembly's URL.
 */
export async function protectedAssembly(cluster: Cluster, worker: LifeboatProcess, connectionId: number, app = 'shop'): Promise<string> {
  const assembly = await cluster.request('POST', `${cluster.P}/aws/cloud-assemblies`, {
    name: app, cloudConnectionId: connectionId, sourceRegion: 'us-east-1',
    resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: app }] },
  });
  expect(assembly.status, JSON.stringify(assembly.body)).toBe(201);
  const base = `${cluster.P}/aws/cloud-assemblies/${assembly.body.id}`;
  const protection = await cluster.request('POST', `${base}/protections`);
  await waitFor('the protection to succeed', async () =>
    (await cluster.request('GET', `${base}/protections/${protection.body.id}`)).body.status === 'success', { timeoutMs: 30_000, watch: [worker] });
  return base;
}
