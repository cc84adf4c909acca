import { SimCloud, type SimResourceInput, type SimTables } from '../../src/cloud/sim/index.ts';
import { MIGRATIONS } from '../../src/app/migrations.ts';
import { openStore } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import type { BenchDatabase } from './database.ts';

/**
 * Opens a benchmark database before Lifeboat starts on it: applies Lifeboat's migrations, seeds the demo
 * estate (the demo role and account 111111111111, as the server child does) and lets `fill` add resources
 * through the sim. The server then starts on a database that has them; nothing of the seeding stays in the
 * server's memory, so its RSS is Lifeboat's own.
 */
export async function seedDatabase(database: BenchDatabase, fill: (sim: SimCloud) => Promise<void>): Promise<void> {
  const store = openStore<SimTables>({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, poolSize: 2 });
  try {
    await migrateToLatest(store.db, store.dialect, MIGRATIONS);
    const sim = new SimCloud(store, { latencyMs: 0 });
    await sim.seedDemoEstate();
    await fill(sim);
  } finally {
    await store.close();
  }
}

export interface BenchEstateMix {
  readonly 'ebs:volume': number;
  readonly 'ec2:instance': number;
  readonly 's3:bucket': number;
  readonly 'dynamodb:table': number;
  readonly 'rds:db-instance': number;
  readonly 'ec2:subnet': number;
  readonly 'ec2:security-group': number;
}

// One block of 20 resources, in the order they are created: 15% network (2 subnets, 1 security group), 40%
// EBS volumes, 20% EC2 instances (each on 2 of the block's volumes, a subnet and the security group), 10% S3
// buckets, 10% DynamoDB tables, 5% RDS instances (in the block's subnets, behind its security group).
// Dependencies only point back into the block, so the first N of the sequence never miss one.
const BLOCK: readonly (keyof BenchEstateMix)[] = [
  'ec2:subnet', 'ec2:subnet', 'ec2:security-group',
  ...Array<'ebs:volume'>(8).fill('ebs:volume'),
  ...Array<'ec2:instance'>(4).fill('ec2:instance'),
  's3:bucket', 's3:bucket', 'dynamodb:table', 'dynamodb:table', 'rds:db-instance',
];

const EPOCH = Date.UTC(2024, 5, 1, 0, 0, 0);
const hexId = (prefix: string, index: number) => `${prefix}-0b${index.toString(16).padStart(15, '0')}`;

/** How many resources of each type the first `count` of the sequence hold. */
export function benchEstateMix(count: number): BenchEstateMix {
  const mix: Record<keyof BenchEstateMix, number> = {
    'ebs:volume': 0, 'ec2:instance': 0, 's3:bucket': 0, 'dynamodb:table': 0, 'rds:db-instance': 0, 'ec2:subnet': 0, 'ec2:security-group': 0,
  };
  for (let i = 0; i < count; i++) mix[BLOCK[i % BLOCK.length]!] += 1;
  return mix;
}

/**
 * `count` resources in one account and region, all tagged `tag` (plus Name and app), in chunks of
 * `chunkSize` so that 100,000 of them never sit in memory at once. Ids are fixed by position: the estate
 * is the same on every run.
 */
export function* benchEstate(
  count: number,
  options: { accountId: string; region: string; tag: { key: string; value: string }; chunkSize?: number },
): Generator<SimResourceInput[]> {
  const { accountId, region, tag } = options;
  const chunkSize = options.chunkSize ?? 5000;
  let chunk: SimResourceInput[] = [];
  const az = (i: number) => `${region}${'abc'[i % 3]}`;
  for (let i = 0; i < count; i++) {
    const block = Math.floor(i / BLOCK.length);
    const first = block * BLOCK.length; // the block's first index
    const type = BLOCK[i % BLOCK.length]!;
    const subnets = [hexId('subnet', first), hexId('subnet', first + 1)];
    const securityGroup = hexId('sg', first + 2);
    const app = `bench-app-${block % 100}`;
    let resourceId: string;
    let configuration: Record<string, unknown>;
    let dependencies: string[] = [];
    switch (type) {
      case 'ec2:subnet':
        resourceId = hexId('subnet', i);
        configuration = { vpcId: 'vpc-0bench0000000000', cidrBlock: `10.${(block >> 8) & 255}.${block & 255}.${(i - first) * 128}/25`, availabilityZone: az(i), mapPublicIpOnLaunch: false };
        break;
      case 'ec2:security-group':
        resourceId = securityGroup;
        configuration = { vpcId: 'vpc-0bench0000000000', groupName: `${app}-${block}`, ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '10.0.0.0/8' }] };
        break;
      case 'ebs:volume':
        resourceId = hexId('vol', i);
        configuration = { size: 8 * (1 + (i % 64)), volumeType: 'gp3', iops: 3000, throughput: 125, encrypted: true, availabilityZone: az(block) };
        break;
      case 'ec2:instance': {
        resourceId = hexId('i', i);
        // The block's 8 volumes (indices first+3 … first+10), two for each of its 4 instances (first+11 … first+14).
        const nth = i - (first + 11);
        const volumes = [hexId('vol', first + 3 + 2 * nth), hexId('vol', first + 4 + 2 * nth)];
        configuration = {
          instanceType: 'm6i.large', imageId: 'ami-0bench000000000', availabilityZone: az(block), subnetId: subnets[nth % 2],
          securityGroupIds: [securityGroup], blockDeviceMappings: volumes.map((volumeId, d) => ({ deviceName: `/dev/xvd${'ab'[d]}`, volumeId })),
        };
        dependencies = [subnets[nth % 2]!, securityGroup, ...volumes];
        break;
      }
      case 's3:bucket':
        resourceId = `bench-bucket-${i}`;
        configuration = { versioning: 'Enabled', encryption: 'aws:kms', sizeBytes: 2 ** 20 * (1 + (i % 4096)) };
        break;
      case 'dynamodb:table':
        resourceId = `bench-table-${i}`;
        configuration = { billingMode: 'PAY_PER_REQUEST', keySchema: [{ attributeName: 'pk', keyType: 'HASH' }], tableSizeBytes: 2 ** 16 * (1 + (i % 4096)) };
        break;
      case 'rds:db-instance':
        resourceId = `bench-db-${i}`;
        configuration = {
          engine: 'postgres', engineVersion: '15.5', dbInstanceClass: 'db.m6g.large', allocatedStorage: 100, multiAz: false,
          dbSubnetGroup: { subnetIds: subnets }, vpcSecurityGroupIds: [securityGroup],
        };
        dependencies = [...subnets, securityGroup];
        break;
    }
    chunk.push({
      accountId, region, resourceId, type, name: resourceId, configuration, dependencies,
      tags: { [tag.key]: tag.value, Name: resourceId, app },
      createdAt: EPOCH + i * 1000,
    });
    if (chunk.length === chunkSize) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
