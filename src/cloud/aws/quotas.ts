import type { Instance } from '@aws-sdk/client-ec2';
import { instanceVcpus, UNKNOWN_INSTANCE_VCPUS } from '../instance-types.ts';
import type { QuotaUsage } from '../provider.ts';
import { awsCode } from './errors.ts';
import { chunks } from './concurrency.ts';
import type { Session } from './session.ts';
import { commandsOf } from './clients.ts';

const { DescribeAddressesCommand, DescribeInstancesCommand, DescribeInstanceTypeOfferingsCommand, DescribeVpcsCommand } = commandsOf('ec2');
const { DescribeAccountAttributesCommand } = commandsOf('rds');
const { GetAWSDefaultServiceQuotaCommand, GetServiceQuotaCommand } = commandsOf('servicequotas');

type QuotaName = QuotaUsage['quota'];

/** Service Quotas' codes for what a recovery creates (Service Quotas console; AWS's defaults 5, 5, per account, 40). */
const QUOTAS: ReadonlyArray<{ quota: QuotaName; serviceCode: string; quotaCode: string }> = [
  { quota: 'vpcs', serviceCode: 'vpc', quotaCode: 'L-F678F1CE' },
  { quota: 'elastic-ips', serviceCode: 'ec2', quotaCode: 'L-0263D0A3' },
  { quota: 'on-demand-vcpus', serviceCode: 'ec2', quotaCode: 'L-1216C47A' },
  { quota: 'rds-instances', serviceCode: 'rds', quotaCode: 'L-7B6409FD' },
];

/**
 * The account's value of a quota in the region. GetServiceQuota answers NoSuchResourceException for a quota the
 * account has no applied value of (never raised, or not reported for it): AWS's default is then the limit.
 */
async function limitOf(session: Session, region: string, serviceCode: string, quotaCode: string): Promise<number> {
  const quotas = session.client('servicequotas', region);
  try {
    const applied = await quotas.send(new GetServiceQuotaCommand({ ServiceCode: serviceCode, QuotaCode: quotaCode }));
    if (applied.Quota?.Value !== undefined) return applied.Quota.Value;
  } catch (error) {
    if (awsCode(error) !== 'NoSuchResourceException') throw error;
  }
  const fallback = await quotas.send(new GetAWSDefaultServiceQuotaCommand({ ServiceCode: serviceCode, QuotaCode: quotaCode }));
  return fallback.Quota?.Value ?? 0;
}

async function vpcsUsed(session: Session, region: string): Promise<number> {
  const ec2 = session.client('ec2', region);
  let count = 0;
  let token: string | undefined;
  do {
    const page = await ec2.send(new DescribeVpcsCommand({ MaxResults: 1000, NextToken: token }));
    count += page.Vpcs?.length ?? 0;
    token = page.NextToken;
  } while (token);
  return count;
}

/** DescribeAddresses is not paged; L-0263D0A3 counts the VPC addresses (Domain vpc). */
async function addressesUsed(session: Session, region: string): Promise<number> {
  const answer = await session.client('ec2', region).send(new DescribeAddressesCommand({ Filters: [{ Name: 'domain', Values: ['vpc'] }] }));
  return answer.Addresses?.length ?? 0;
}

/**
 * L-1216C47A counts the vCPUs of running (and starting) On-Demand instances of the Standard families A, C, D, H, I,
 * M, R, T, Z; not Spot instances, nor families with quotas of their own (inf, dl, hpc, mac, trn, …).
 */
const STANDARD_FAMILY = /^(?:[acdhimrtz]\d|im\d|is\d)/;

function vcpusOf(instance: Instance): number {
  const cpu = instance.CpuOptions;
  if (cpu?.CoreCount && cpu.ThreadsPerCore) return cpu.CoreCount * cpu.ThreadsPerCore;
  return instanceVcpus(instance.InstanceType ?? '') ?? UNKNOWN_INSTANCE_VCPUS;
}

async function vcpusUsed(session: Session, region: string): Promise<number> {
  const ec2 = session.client('ec2', region);
  let vcpus = 0;
  let token: string | undefined;
  do {
    const page = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running'] }], MaxResults: 1000, NextToken: token }));
    for (const instance of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
      if (instance.InstanceLifecycle === 'spot' || !STANDARD_FAMILY.test(instance.InstanceType ?? '')) continue;
      vcpus += vcpusOf(instance);
    }
    token = page.NextToken;
  } while (token);
  return vcpus;
}

/** RDS counts its own: DescribeAccountAttributes' `DBInstances` quota carries the account's use in the region. */
async function dbInstancesUsed(session: Session, region: string): Promise<number> {
  const answer = await session.client('rds', region).send(new DescribeAccountAttributesCommand({}));
  return Number(answer.AccountQuotas?.find((q) => q.AccountQuotaName === 'DBInstances')?.Used ?? 0);
}

const USAGE: Record<QuotaName, (session: Session, region: string) => Promise<number>> = {
  'vpcs': vpcsUsed, 'elastic-ips': addressesUsed, 'on-demand-vcpus': vcpusUsed, 'rds-instances': dbInstancesUsed,
};

export function describeQuotas(session: Session, region: string): Promise<QuotaUsage[]> {
  return Promise.all(QUOTAS.map(async (q) => {
    const [limit, used] = await Promise.all([limitOf(session, region, q.serviceCode, q.quotaCode), USAGE[q.quota](session, region)]);
    return { ...q, limit, used };
  }));
}

/** Instance types per filter; EC2 caps the values one filter may carry, so a long list is asked in parts. */
const TYPES_PER_CALL = 100;

/** The requested instance types each availability zone of the region offers; a zone offering none is absent. */
export async function instanceTypeOfferings(session: Session, region: string, instanceTypes: readonly string[]): Promise<Record<string, string[]>> {
  const ec2 = session.client('ec2', region);
  const byZone: Record<string, string[]> = {};
  for (const types of chunks([...new Set(instanceTypes)], TYPES_PER_CALL)) {
    let token: string | undefined;
    do {
      const page = await ec2.send(new DescribeInstanceTypeOfferingsCommand({
        LocationType: 'availability-zone', Filters: [{ Name: 'instance-type', Values: types }], MaxResults: 1000, NextToken: token,
      }));
      for (const offering of page.InstanceTypeOfferings ?? []) {
        if (offering.Location && offering.InstanceType) (byZone[offering.Location] ??= []).push(offering.InstanceType);
      }
      token = page.NextToken;
    } while (token);
  }
  for (const types of Object.values(byZone)) types.sort();
  return byZone;
}
