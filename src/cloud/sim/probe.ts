import type { Executor } from '../../platform/db/database.ts';
import { CloudCallError, type CloudCredentials, type ProbeRequest, type ProbeResult } from '../provider.ts';
import { enterCall } from './enter-call.ts';
import { instanceStateOf, loadBalancerDnsName } from './resource-state.ts';
import { toDiscovered } from './resources.ts';
import type { SimTables } from './tables.ts';

const resourcesOf = (executor: Executor<SimTables>, place: { accountId: string; region: string }, type: string) =>
  executor.selectFrom('sim_resources').selectAll().where('account_id', '=', place.accountId).where('region', '=', place.region).where('type', '=', type).execute();

/**
 * The sim's answer to a GET of an endpoint it simulates: a load balancer of the caller's account in the region, by its DNS
 * name. It answers 200 while one target of the groups its listeners forward to is running, else 503 (what an Application
 * Load Balancer answers with no healthy target). Any other host does not resolve, as AWS's DNS would say.
 */
export async function simProbe(executor: Executor<SimTables>, latencyMs: number, credentials: CloudCredentials, request: ProbeRequest): Promise<ProbeResult> {
  const accountId = await enterCall(executor, latencyMs, credentials, { operation: 'probeEndpoint', region: request.region, service: 'ELB' });
  let host: string;
  try {
    host = new URL(request.url).hostname.toLowerCase();
  } catch {
    throw new CloudCallError('fault', 'InvalidURL', `InvalidURL: ${request.url} is not an absolute URL`);
  }
  const place = { accountId, region: request.region };
  const balancer = (await resourcesOf(executor, place, 'elb:load-balancer')).map(toDiscovered).find((lb) => loadBalancerDnsName(lb) === host);
  if (!balancer) throw new CloudCallError('unavailable', 'ENOTFOUND', `getaddrinfo ENOTFOUND ${host}`);
  const listeners = Array.isArray(balancer.configuration.listeners) ? (balancer.configuration.listeners as Array<{ defaultAction?: { targetGroupArn?: string } }>) : [];
  const groupArns = new Set(listeners.map((l) => l.defaultAction?.targetGroupArn).filter((arn): arn is string => typeof arn === 'string'));
  const groups = (await resourcesOf(executor, place, 'elb:target-group')).map(toDiscovered).filter((g) => groupArns.has(g.arn));
  const targetIds = groups.flatMap((g) => (Array.isArray(g.configuration.targets) ? (g.configuration.targets as Array<{ id?: string }>) : []).map((t) => t.id ?? ''));
  const instances = targetIds.length === 0 ? [] : await executor.selectFrom('sim_resources').select('configuration').where('account_id', '=', accountId)
    .where('region', '=', request.region).where('resource_id', 'in', targetIds).where('type', '=', 'ec2:instance').execute();
  const running = instances.filter((row) => instanceStateOf(JSON.parse(row.configuration) as Record<string, unknown>) === 'running').length;
  return running > 0
    ? { status: 200, body: JSON.stringify({ status: 'ok', loadBalancer: balancer.resourceId, healthyTargets: running }) }
    : { status: 503, body: '<html><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>' };
}
