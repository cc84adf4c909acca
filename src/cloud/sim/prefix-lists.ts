import type { Executor } from '../../platform/db/database.ts';
import { CloudCallError, RECOVERY_ID_TAG, SOURCE_ID_TAG } from '../provider.ts';
import { arnFor, simHex } from './kinds.ts';
import type { SimTables } from './tables.ts';

/**
 * Managed prefix lists, as the strict sim holds them beside the AWS driver (src/cloud/aws/recover/prefix-list.ts): a
 * security group rule may name one (PrefixListIds), and a prefix list id is regional. AWS-managed lists
 * (com.amazonaws.<region>.s3, .dynamodb) exist in every region under another id each; a customer-managed list exists
 * only where the account made it. So a recovered group's rules name, in the target region: the same list in the
 * source's own region; an AWS-managed list's namesake there; a customer list of the same name the account has there,
 * else a copy the recovery makes (`ec2:prefix-list`, tagged with the recovery, so its reset removes it). A list that
 * cannot be mapped refuses the group (InvalidPrefixListID.NotFound), as EC2 does a rule naming an unknown list.
 */

type Place = { readonly accountId: string; readonly region: string };
type Captured = { region?: string; name?: string; ownerId?: string; addressFamily?: string; maxEntries?: number; entries?: Array<{ cidr?: string; description?: string }> };
type Rule = Record<string, unknown> & { prefixListId?: unknown };

/** The services whose AWS-managed prefix lists every region has. */
const AWS_MANAGED = ['s3', 'dynamodb'];

/** The id of an AWS-managed list in a region (the same on every run, different in each region, as on AWS). */
export function awsManagedPrefixListId(region: string, name: string): string {
  return `pl-${simHex(`aws-prefix-list/${region}/${name}`, 8)}`;
}

/** The AWS-managed lists of a region: name → id. */
export function awsManagedPrefixLists(region: string): Map<string, string> {
  return new Map(AWS_MANAGED.map((service) => [`com.amazonaws.${region}.${service}`, awsManagedPrefixListId(region, `com.amazonaws.${region}.${service}`)]));
}

const notFound = (message: string) => new CloudCallError('fault', 'InvalidPrefixListID.NotFound', `InvalidPrefixListID.NotFound: ${message}`);

async function customerList(executor: Executor<SimTables>, place: Place, where: { id?: string; name?: string }): Promise<string | undefined> {
  let query = executor.selectFrom('sim_resources').select('resource_id').where('account_id', '=', place.accountId).where('region', '=', place.region).where('type', '=', 'ec2:prefix-list');
  if (where.id) query = query.where('resource_id', '=', where.id);
  if (where.name) query = query.where('name', '=', where.name);
  return (await query.orderBy('resource_id').executeTakeFirst())?.resource_id;
}

async function exists(executor: Executor<SimTables>, place: Place, id: string): Promise<boolean> {
  return [...awsManagedPrefixLists(place.region).values()].includes(id) || (await customerList(executor, place, { id })) !== undefined;
}

/** The recovery's copy of a customer list (CreateManagedPrefixList with the captured entries), made once per recovery and source list. */
async function copyList(executor: Executor<SimTables>, place: Place, recoveryId: string, sourceId: string, captured: Captured): Promise<string> {
  const id = `pl-${simHex(`prefix-list/${place.accountId}/${place.region}/${recoveryId}/${sourceId}`, 17)}`;
  await executor.insertInto('sim_resources').values({
    account_id: place.accountId, region: place.region, resource_id: id, arn: arnFor('ec2:prefix-list', place.accountId, place.region, id), type: 'ec2:prefix-list', service: 'VPC',
    name: captured.name!,
    configuration: JSON.stringify({ name: captured.name, ownerId: place.accountId, addressFamily: captured.addressFamily ?? 'IPv4', maxEntries: captured.maxEntries ?? captured.entries?.length ?? 1, entries: captured.entries ?? [] }),
    tags: JSON.stringify({ [RECOVERY_ID_TAG]: recoveryId, [SOURCE_ID_TAG]: sourceId }), dependencies: '[]', created_at: Date.now(),
  }).onConflict((conflict) => conflict.columns(['account_id', 'region', 'resource_id']).doNothing()).execute();
  return id;
}

/** The target's list for one the source's rules name; refused clearly when there is none to map to. */
async function listIn(executor: Executor<SimTables>, place: Place, request: { recoveryId: string; sourceResourceId: string }, sourceId: string, captured: Captured | undefined): Promise<string> {
  if (!captured?.name) {
    if (await exists(executor, place, sourceId)) return sourceId;
    throw notFound(`security group ${request.sourceResourceId} has a rule naming prefix list ${sourceId}, which does not exist in ${place.region} and whose name and entries were not captured`);
  }
  if (captured.region === place.region && (await exists(executor, place, sourceId))) return sourceId;
  if (captured.ownerId === 'AWS') {
    const name = captured.region ? captured.name.split(`.${captured.region}.`).join(`.${place.region}.`) : captured.name;
    const found = awsManagedPrefixLists(place.region).get(name);
    if (found) return found;
    throw notFound(`security group ${request.sourceResourceId} has a rule naming the AWS-managed prefix list ${captured.name} (${sourceId}), which has no counterpart ${name} in ${place.region}`);
  }
  return (await customerList(executor, place, { name: captured.name })) ?? copyList(executor, place, request.recoveryId, sourceId, captured);
}

/** A security group's configuration with every rule's prefix list mapped into the target (ingress and egress). */
export async function mapPrefixLists(
  executor: Executor<SimTables>,
  place: Place,
  request: { recoveryId: string; sourceResourceId: string },
  configuration: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const rulesOf = (value: unknown): Rule[] => (Array.isArray(value) ? value.filter((r): r is Rule => typeof r === 'object' && r !== null) : []);
  const ids = new Set([...rulesOf(configuration.ingress), ...rulesOf(configuration.egress)].map((r) => r.prefixListId).filter((id): id is string => typeof id === 'string' && id !== ''));
  if (ids.size === 0) return { ...configuration };
  const captured = (configuration.prefixLists ?? {}) as Record<string, Captured | undefined>;
  const mapped = new Map<string, string>();
  for (const id of [...ids].sort()) mapped.set(id, await listIn(executor, place, request, id, captured[id]));
  const remap = (rules: unknown) => (Array.isArray(rules) ? rulesOf(rules).map((r) => (typeof r.prefixListId === 'string' && mapped.has(r.prefixListId) ? { ...r, prefixListId: mapped.get(r.prefixListId) } : r)) : rules);
  return { ...configuration, ingress: remap(configuration.ingress), egress: remap(configuration.egress) };
}
