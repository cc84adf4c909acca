import type { ConnectivityType, Filter } from '@aws-sdk/client-ec2';
import { RECOVERY_ID_TAG, type RecreateRequest } from '../../provider.ts';
import { faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { ec2Kind, ignore, keyFilters, tagSpec } from './ec2-kind.ts';
import { dependencyOf, recoveryDigest } from './shared.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { AllocateAddressCommand, CreateNatGatewayCommand, CreateTagsCommand, DeleteNatGatewayCommand, DescribeAddressesCommand, DescribeNatGatewaysCommand, ReleaseAddressCommand } = commandsOf('ec2');

/** A NAT gateway counts while it is being made or is up; deleting and deleted ones linger in describes. */
const LIVE = { Name: 'state', Values: ['pending', 'available'] };

async function natGateways(ec2: EC2Client, filters: Filter[] | undefined, ids: string[] | undefined) {
  return (await ec2.send(new DescribeNatGatewaysCommand({ Filter: [...(filters ?? []), LIVE], NatGatewayIds: ids }))).NatGateways ?? [];
}

/** The gateway in whatever state AWS still lists it (deleted ones linger for about an hour). */
async function anyState(ec2: EC2Client, NatGatewayId: string) {
  try {
    return ((await ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [NatGatewayId] }))).NatGateways ?? [])[0];
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Set on a recovered gateway's Elastic IP: the reset finds the address by it after AWS has forgotten the gateway. */
const NAT_GATEWAY_TAG = 'lifeboat:nat-gateway-id';

/** The Elastic IP of a public NAT gateway: one a retry already allocated (same tags), or a new one tagged like the gateway. */
async function elasticIp(ec2: EC2Client, request: RecreateRequest): Promise<string> {
  const [existing] = (await ec2.send(new DescribeAddressesCommand({ Filters: keyFilters(request) }))).Addresses ?? [];
  if (existing?.AllocationId) return existing.AllocationId;
  const answer = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc', TagSpecifications: tagSpec('elastic-ip', request) }));
  return answer.AllocationId!;
}

/**
 * A NAT gateway in the recovered subnet; a public one gets a new Elastic IP (the source's address
 * belongs to the source). It is waited for until available: the route tables recovered after it
 * route through it. Deleting it releases the address only when the recovery allocated it.
 */
export const natGateway = ec2Kind({
  arnKind: 'natgateway', type: 'ec2:nat-gateway',
  describe: async (ec2, filters, ids) => (await natGateways(ec2, filters, ids)).map((n) => n.NatGatewayId!),
  async create(ec2, request, _session, accountId) {
    const [SubnetId] = dependencyOf(request, 'subnet');
    if (!SubnetId) throw faultError('InvalidParameterValue', `NAT gateway ${request.sourceResourceId} needs its recovered subnet among the dependencies`);
    const ConnectivityType: ConnectivityType = request.configuration.connectivityType === 'private' ? 'private' : 'public';
    const AllocationId = ConnectivityType === 'public' ? await elasticIp(ec2, request) : undefined;
    const answer = await ec2.send(new CreateNatGatewayCommand({
      SubnetId, ConnectivityType, ...(AllocationId ? { AllocationId } : {}),
      ClientToken: recoveryDigest(accountId, request, 32), TagSpecifications: tagSpec('natgateway', request),
    }));
    const NatGatewayId = answer.NatGateway!.NatGatewayId!;
    if (AllocationId) await ec2.send(new CreateTagsCommand({ Resources: [AllocationId], Tags: [{ Key: NAT_GATEWAY_TAG, Value: NatGatewayId }] }));
    return NatGatewayId;
  },
  /** Waited for until available, by a retry that finds it pending too. */
  async complete(ec2, _request, NatGatewayId, session) {
    await waitFor(`NAT gateway ${NatGatewayId}`, async () => {
      const [gateway] = (await ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [NatGatewayId] }))).NatGateways ?? [];
      if (gateway?.State === 'failed') throw faultError(gateway.FailureCode ?? 'NatGatewayFailed', `NAT gateway ${NatGatewayId} failed: ${gateway.FailureMessage ?? 'no reason given'}`);
      return gateway?.State === 'available' ? true : undefined;
    }, session.settings);
  },
  /**
   * The address stays associated until the gateway is `deleted` (not merely `deleting`): only then is
   * it released, and only an address the recovery made. A retry finds the address through the
   * gateway while AWS still lists it (about an hour), and after that through the address's own tag.
   */
  async remove(ec2, NatGatewayId, session: Session) {
    const gateway = await anyState(ec2, NatGatewayId);
    if (gateway && gateway.State !== 'deleting' && gateway.State !== 'deleted') await ec2.send(new DeleteNatGatewayCommand({ NatGatewayId }));
    if (gateway && gateway.State !== 'deleted') {
      await waitFor(`deletion of NAT gateway ${NatGatewayId}`, async () => {
        const state = (await anyState(ec2, NatGatewayId))?.State;
        return state === undefined || state === 'deleted' ? true : undefined;
      }, session.settings);
    }
    const tagged = (await ec2.send(new DescribeAddressesCommand({ Filters: [{ Name: `tag:${NAT_GATEWAY_TAG}`, Values: [NatGatewayId] }] }))).Addresses ?? [];
    const held = (gateway?.NatGatewayAddresses ?? []).map((a) => a.AllocationId).filter((id): id is string => Boolean(id) && !tagged.some((t) => t.AllocationId === id));
    const addresses = [...tagged, ...(held.length ? (await ec2.send(new DescribeAddressesCommand({ AllocationIds: held }))).Addresses ?? [] : [])];
    for (const address of addresses.filter((a) => (a.Tags ?? []).some((t) => t.Key === RECOVERY_ID_TAG))) {
      // InvalidIPAddress.InUse (the association outlived the gateway for a moment) is retryable: see deleteResource.
      await ec2.send(new ReleaseAddressCommand({ AllocationId: address.AllocationId })).catch(ignore('InvalidAllocationID.NotFound'));
    }
  },
});
