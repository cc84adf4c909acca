import type { ManagedPrefixList } from '@aws-sdk/client-ec2';
import { RECOVERY_ID_TAG, SOURCE_ID_TAG, type RecreateRequest } from '../../provider.ts';
import { faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { ec2Kind } from './ec2-kind.ts';
import { recoveryDigest, recoveryTags, tagList } from './shared.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { CreateManagedPrefixListCommand, DeleteManagedPrefixListCommand, DescribeManagedPrefixListsCommand } = commandsOf('ec2');

/** A prefix list a security group rule names, as discovery captured it beside the group (configuration.prefixLists). */
export interface CapturedPrefixList {
  /** The region the list was read in (the group's). */
  readonly region?: string;
  readonly name?: string;
  /** `AWS` for an AWS-managed list (com.amazonaws.<region>.s3, …), else the account that owns it. */
  readonly ownerId?: string;
  readonly addressFamily?: string;
  readonly maxEntries?: number;
  /** A customer-managed list's entries (GetManagedPrefixListEntries); AWS-managed lists are not copied. */
  readonly entries?: ReadonlyArray<{ cidr?: string; description?: string }>;
}

const LIVE = new Set(['create-in-progress', 'create-complete', 'modify-in-progress', 'modify-complete', 'restore-in-progress', 'restore-complete']);

async function byName(ec2: EC2Client, name: string, owner: string): Promise<ManagedPrefixList | undefined> {
  const answer = await ec2.send(new DescribeManagedPrefixListsCommand({ Filters: [{ Name: 'prefix-list-name', Values: [name] }, { Name: 'owner-id', Values: [owner] }] }));
  return (answer?.PrefixLists ?? []).find((list) => list.PrefixListName === name && LIVE.has(list.State ?? 'create-complete'));
}

async function byId(ec2: EC2Client, PrefixListId: string): Promise<ManagedPrefixList | undefined> {
  const answer = await ec2.send(new DescribeManagedPrefixListsCommand({ PrefixListIds: [PrefixListId] })).catch((error: unknown) => { if (isNotFound(error)) return undefined; throw error; });
  return answer?.PrefixLists?.find((list) => LIVE.has(list.State ?? 'create-complete'));
}

/**
 * The prefix list a recovered rule names in the target region, for the source's list:
 * - in the source's own region, the list itself (it is there);
 * - an AWS-managed list (com.amazonaws.<region>.s3, …) has another id in each region: the list of the same name with
 *   the target region in it, found with DescribeManagedPrefixLists (owner AWS);
 * - a customer-managed list: one of the same name the account has in the target region (mapped), else one this
 *   recovery made before (its tags), else created with the source's entries, address family and max entries
 *   (CreateManagedPrefixList, tagged with the recovery so the reset removes it) and waited for.
 * What cannot be mapped is refused clearly: a rule silently left out would open or close a path the source did not.
 */
export async function prefixListIn(session: Session, request: RecreateRequest, sourceId: string, captured: CapturedPrefixList | undefined): Promise<string> {
  const ec2 = session.client('ec2', request.region);
  if (!captured?.name) {
    if (await byId(ec2, sourceId)) return sourceId;
    throw faultError('InvalidPrefixListID.NotFound', `security group ${request.sourceResourceId} has a rule naming prefix list ${sourceId}, which does not exist in ${request.region} and whose name and entries were not captured: discover the source connection again`);
  }
  if (captured.region === request.region && (await byId(ec2, sourceId))) return sourceId;
  if (captured.ownerId === 'AWS') {
    const name = captured.region ? captured.name.split(`.${captured.region}.`).join(`.${request.region}.`) : captured.name;
    const found = await byName(ec2, name, 'AWS');
    if (found?.PrefixListId) return found.PrefixListId;
    throw faultError('InvalidPrefixListID.NotFound', `security group ${request.sourceResourceId} has a rule naming the AWS-managed prefix list ${captured.name} (${sourceId}), which has no counterpart ${name} in ${request.region}`);
  }
  const accountId = await session.accountId();
  const named = await byName(ec2, captured.name, accountId);
  const list = named ?? (await ourCopy(ec2, request, sourceId)) ?? (await createCopy(ec2, request, sourceId, captured, accountId));
  return settledList(ec2, session, list.PrefixListId!);
}

/** The recovery's copy of the source list, found by its two tags (the source id tag names the source list). */
async function ourCopy(ec2: EC2Client, request: RecreateRequest, sourceId: string): Promise<ManagedPrefixList | undefined> {
  const answer = await ec2.send(new DescribeManagedPrefixListsCommand({ Filters: [
    { Name: `tag:${RECOVERY_ID_TAG}`, Values: [request.recoveryId] }, { Name: `tag:${SOURCE_ID_TAG}`, Values: [sourceId] },
  ] }));
  return (answer?.PrefixLists ?? []).find((list) => LIVE.has(list.State ?? 'create-complete'));
}

async function createCopy(ec2: EC2Client, request: RecreateRequest, sourceId: string, captured: CapturedPrefixList, accountId: string): Promise<ManagedPrefixList> {
  const entries = (captured.entries ?? []).filter((e) => e.cidr).map((e) => ({ Cidr: e.cidr!, ...(e.description ? { Description: e.description } : {}) }));
  const own = { ...request, sourceResourceId: sourceId };
  const answer = await ec2.send(new CreateManagedPrefixListCommand({
    PrefixListName: captured.name!, AddressFamily: captured.addressFamily ?? (entries.some((e) => e.Cidr.includes(':')) ? 'IPv6' : 'IPv4'),
    MaxEntries: Math.max(captured.maxEntries ?? 0, entries.length, 1), Entries: entries,
    TagSpecifications: [{ ResourceType: 'prefix-list', Tags: tagList(recoveryTags(own)) }], ClientToken: recoveryDigest(accountId, own, 32),
  }));
  return answer.PrefixList!;
}

/** A rule may name a list only once it is created (create-complete); a failed create is reported. */
async function settledList(ec2: EC2Client, session: Session, PrefixListId: string): Promise<string> {
  await waitFor(`prefix list ${PrefixListId}`, async () => {
    const list = (await ec2.send(new DescribeManagedPrefixListsCommand({ PrefixListIds: [PrefixListId] })).catch((error: unknown) => { if (isNotFound(error)) return undefined; throw error; }))?.PrefixLists?.[0];
    if (list?.State === 'create-failed') throw faultError('PrefixListCreateFailed', `prefix list ${PrefixListId} failed: ${list.StateMessage ?? 'no reason given'}`);
    return list && list.State !== 'create-in-progress' ? true : undefined;
  }, session.settings);
  return PrefixListId;
}

/** A customer-managed prefix list a recovery created for a security group's rules: found by the reset through its tag, deleted after the groups. */
export const prefixList = ec2Kind({
  arnKind: 'prefix-list', type: 'ec2:prefix-list',
  describe: async (ec2, Filters, PrefixListIds) =>
    ((await ec2.send(new DescribeManagedPrefixListsCommand({ Filters, PrefixListIds })))?.PrefixLists ?? []).filter((l) => l.State !== 'delete-complete' && l.State !== 'delete-in-progress').map((l) => l.PrefixListId!),
  create: () => { throw faultError('InvalidParameterValue', 'a prefix list is recreated with the security group whose rules name it, not recovered by itself'); },
  remove: async (ec2, PrefixListId) => { await ec2.send(new DeleteManagedPrefixListCommand({ PrefixListId })); },
});
