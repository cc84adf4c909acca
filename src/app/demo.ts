import type { SimCloud } from '../cloud/sim/index.ts';
import { DEMO_PRODUCTION_ACCOUNT_ID, DEMO_RECOVERY_ACCOUNT_ID, DEMO_REGIONS, DEMO_ROLE_NAME } from '../cloud/sim/index.ts';
import type { AwsService } from '../cloud/provider.ts';
import { narrow, type Store } from '../platform/db/database.ts';
import type { Logger } from '../platform/logging.ts';
import type { AssembliesService } from '../modules/assemblies/service.ts';
import type { ConnectionsService } from '../modules/connections/service.ts';
import type { PoliciesService } from '../modules/policies/index.ts';
import { tenancyRepo } from '../modules/tenancy/repo.ts';
import type { TenancyTables } from '../modules/tenancy/tables.ts';
import type { Database } from './schema.ts';

const DEMO_FLAG = 'demo-connection-created';
/** Every service the shop and billing applications use (the shop's DNS zone is Route53, billing's shared files EFS): both demo connections allow them. */
const DEMO_SERVICES: AwsService[] = ['VPC', 'EC2', 'EBS', 'RDS', 'DynamoDB', 'S3', 'ELB', 'Lambda', 'SQS', 'SNS', 'Route53', 'EFS'];

/**
 * The demo estate on the simulated cloud (idempotent), and once per database a connection `demo-aws` in the
 * default project that verifies and syncs by itself, with an assembly `shop` protected daily by the policy
 * `shop-daily`, so a fresh `npm start` has something to look at; and a second connection `demo-aws-dr` to the
 * empty account 222222222222, so a cross-account drill can be tried from the first start.
 */
export async function seedDemo(deps: {
  store: Store<Database>; sim: SimCloud; connections: ConnectionsService; assemblies: AssembliesService; policies: PoliciesService;
  accountId: number; logger: Logger;
}): Promise<void> {
  await deps.sim.seedDemoEstate();
  // Once per database, by whichever node writes the flag first.
  if (!(await tenancyRepo.putSettingIfAbsent(narrow<TenancyTables>(deps.store).db, DEMO_FLAG, String(Date.now())))) return;
  const existing = await deps.connections.list(
    { accountId: deps.accountId, projectId: 'default', condition: 'and', sortBy: 'id', sortOrder: 'asc' }, { offset: 0, limit: 1 });
  if (existing.total > 0) return;
  const row = await deps.connections.create({ accountId: deps.accountId, projectId: 'default' }, {
    name: 'demo-aws',
    description: 'The simulated demo account 111111111111 (apps tagged app=shop and app=billing)',
    accessMethod: { type: 'iam-role', roleArn: `arn:aws:iam::${DEMO_PRODUCTION_ACCOUNT_ID}:role/${DEMO_ROLE_NAME}` },
    operationalRegions: [...DEMO_REGIONS],
    services: DEMO_SERVICES,
  });
  const dr = await deps.connections.create({ accountId: deps.accountId, projectId: 'default' }, {
    name: 'demo-aws-dr',
    description: `The simulated disaster-recovery account ${DEMO_RECOVERY_ACCOUNT_ID} (empty): the target of cross-account drills`,
    accessMethod: { type: 'iam-role', roleArn: `arn:aws:iam::${DEMO_RECOVERY_ACCOUNT_ID}:role/${DEMO_ROLE_NAME}` },
    operationalRegions: [...DEMO_REGIONS],
    services: DEMO_SERVICES,
  });
  const scope = { accountId: deps.accountId, projectId: 'default' };
  const shop = await deps.assemblies.create(scope, {
    name: 'shop', description: 'The shop application: everything tagged app=shop in us-east-1, copied to us-west-2',
    cloudConnectionId: row.id, sourceRegion: 'us-east-1', replicaRegions: ['us-west-2'], allowCrossRegionRecovery: true,
    resourceFilterStrategy: { filterType: 'tags', conditions: 'match-any-tags', tags: [{ key: 'app', value: 'shop' }] },
  });
  await deps.policies.createPolicy({ ...scope, assemblyId: shop.id }, {
    name: 'shop-daily', description: 'Every day at 02:00 UTC, keeping a week',
    frequencyType: 'daily', frequencyDetails: { hours: [2] }, timeZone: 'UTC', retentionCount: 7, replicaRetentionCount: 3,
  });
  deps.logger.info({ connectionId: row.id, drConnectionId: dr.id, assemblyId: shop.id }, 'demo connections demo-aws, demo-aws-dr and assembly shop created');
}
