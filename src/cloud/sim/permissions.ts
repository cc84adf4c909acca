import { CloudCallError, type AwsService, type DataResourceType } from '../provider.ts';

/**
 * What a simulated role's policy allows: the IAM actions, and the regions its aws:RequestedRegion
 * condition names. Null allows everything (roles put by tests and the admin API without a policy,
 * and access keys, which the sim treats as a user with every permission).
 */
export interface SimPolicy {
  readonly actions: readonly string[] | null;
  readonly regions: readonly string[] | null;
}

export const ALLOW_ALL: SimPolicy = { actions: null, regions: null };

/** Who made the call, for the denial message (AWS names the assumed-role session or the user). */
export interface SimPrincipal {
  readonly accountId: string;
  /** The role's name; absent for an access key's user. */
  readonly roleName?: string;
  readonly policy: SimPolicy;
}

// IAM, STS, Route 53 and the S3 calls Lifeboat makes are global: Lifeboat's template grants them outside
// its aws:RequestedRegion statement (src/modules/connections/template.ts), and so does the sim.
const GLOBAL_PREFIXES = ['iam:', 'sts:', 'route53:', 's3:'];

/** Discovery's first list call per service. */
const DISCOVER_ACTIONS: Readonly<Record<AwsService, string>> = {
  VPC: 'ec2:DescribeVpcs', EC2: 'ec2:DescribeInstances', EBS: 'ec2:DescribeVolumes', RDS: 'rds:DescribeDBInstances',
  DynamoDB: 'dynamodb:ListTables', S3: 's3:ListAllMyBuckets', Lambda: 'lambda:ListFunctions', ELB: 'elasticloadbalancing:DescribeLoadBalancers',
  Route53: 'route53:ListHostedZones', SQS: 'sqs:ListQueues', SNS: 'sns:ListTopics', EFS: 'elasticfilesystem:DescribeFileSystems',
};

/** The create call AWS authorises for a recreate, and for a data resource restored from a snapshot, the restore call. */
const RECREATE_ACTIONS: Readonly<Record<string, { readonly create: string; readonly restore?: string }>> = {
  'ec2:vpc': { create: 'ec2:CreateVpc' },
  'ec2:subnet': { create: 'ec2:CreateSubnet' },
  'ec2:security-group': { create: 'ec2:CreateSecurityGroup' },
  'ec2:route-table': { create: 'ec2:CreateRouteTable' },
  'ec2:internet-gateway': { create: 'ec2:CreateInternetGateway' },
  // A public NAT gateway needs its Elastic IP first (AllocateAddress), then CreateNatGateway.
  'ec2:nat-gateway': { create: 'ec2:CreateNatGateway' },
  'ec2:instance': { create: 'ec2:RunInstances' },
  'ebs:volume': { create: 'ec2:CreateVolume', restore: 'ec2:CreateVolume' },
  'rds:db-instance': { create: 'rds:CreateDBInstance', restore: 'rds:RestoreDBInstanceFromDBSnapshot' },
  // A cluster is only ever restored (a new one would need a master password); its instances are created in it.
  'rds:cluster': { create: 'rds:RestoreDBClusterFromSnapshot', restore: 'rds:RestoreDBClusterFromSnapshot' },
  'rds:cluster-instance': { create: 'rds:CreateDBInstance' },
  'dynamodb:table': { create: 'dynamodb:CreateTable', restore: 'dynamodb:RestoreTableFromBackup' },
  's3:bucket': { create: 's3:CreateBucket', restore: 's3:CreateBucket' },
  'elb:load-balancer': { create: 'elasticloadbalancing:CreateLoadBalancer' },
  'elb:target-group': { create: 'elasticloadbalancing:CreateTargetGroup' },
  'lambda:function': { create: 'lambda:CreateFunction' },
  'sqs:queue': { create: 'sqs:CreateQueue' },
  'sns:topic': { create: 'sns:CreateTopic' },
  'route53:hosted-zone': { create: 'route53:CreateHostedZone' },
  'efs:file-system': { create: 'elasticfilesystem:CreateFileSystem' },
};

const DELETE_ACTIONS: Readonly<Record<string, string>> = {
  'ec2:vpc': 'ec2:DeleteVpc', 'ec2:subnet': 'ec2:DeleteSubnet', 'ec2:security-group': 'ec2:DeleteSecurityGroup', 'ec2:route-table': 'ec2:DeleteRouteTable',
  'ec2:internet-gateway': 'ec2:DeleteInternetGateway', 'ec2:nat-gateway': 'ec2:DeleteNatGateway', 'ec2:prefix-list': 'ec2:DeleteManagedPrefixList', 'ec2:instance': 'ec2:TerminateInstances',
  'ebs:volume': 'ec2:DeleteVolume', 'rds:db-instance': 'rds:DeleteDBInstance',
  'rds:cluster': 'rds:DeleteDBCluster', 'rds:cluster-instance': 'rds:DeleteDBInstance', 'dynamodb:table': 'dynamodb:DeleteTable', 's3:bucket': 's3:DeleteBucket',
  'elb:load-balancer': 'elasticloadbalancing:DeleteLoadBalancer', 'elb:target-group': 'elasticloadbalancing:DeleteTargetGroup',
  'lambda:function': 'lambda:DeleteFunction', 'sqs:queue': 'sqs:DeleteQueue', 'sns:topic': 'sns:DeleteTopic',
  'route53:hosted-zone': 'route53:DeleteHostedZone', 'efs:file-system': 'elasticfilesystem:DeleteFileSystem',
};

/**
 * The snapshot calls per data type. EBS and RDS by their APIs; DynamoDB on-demand backups; S3 recovery
 * points are objects in Lifeboat's vault bucket (as the AWS driver keeps them), shared through its bucket policy.
 */
const SNAPSHOT_ACTIONS: Readonly<Record<DataResourceType, Readonly<Record<'snapshot' | 'copy' | 'delete' | 'describe' | 'share', string>>>> = {
  'ebs:volume': { snapshot: 'ec2:CreateSnapshot', copy: 'ec2:CopySnapshot', delete: 'ec2:DeleteSnapshot', describe: 'ec2:DescribeSnapshotAttribute', share: 'ec2:ModifySnapshotAttribute' },
  'rds:db-instance': { snapshot: 'rds:CreateDBSnapshot', copy: 'rds:CopyDBSnapshot', delete: 'rds:DeleteDBSnapshot', describe: 'rds:DescribeDBSnapshotAttributes', share: 'rds:ModifyDBSnapshotAttribute' },
  'rds:cluster': {
    snapshot: 'rds:CreateDBClusterSnapshot', copy: 'rds:CopyDBClusterSnapshot', delete: 'rds:DeleteDBClusterSnapshot',
    describe: 'rds:DescribeDBClusterSnapshotAttributes', share: 'rds:ModifyDBClusterSnapshotAttribute',
  },
  'dynamodb:table': { snapshot: 'dynamodb:CreateBackup', copy: 'dynamodb:CreateBackup', delete: 'dynamodb:DeleteBackup', describe: 'dynamodb:DescribeBackup', share: 'dynamodb:DescribeBackup' },
  's3:bucket': { snapshot: 's3:GetObject', copy: 's3:PutObject', delete: 's3:DeleteObject', describe: 's3:GetBucketPolicy', share: 's3:PutBucketPolicy' },
};

/** The action a discovery of the service is authorised as. */
export function discoverAction(service: string): string | undefined {
  return DISCOVER_ACTIONS[service as AwsService];
}

export function recreateAction(type: string, fromSnapshot: boolean): string | undefined {
  const actions = RECREATE_ACTIONS[type];
  return fromSnapshot ? (actions?.restore ?? actions?.create) : actions?.create;
}

export function deleteAction(type: string): string | undefined {
  return DELETE_ACTIONS[type];
}

export function snapshotAction(type: string, call: 'snapshot' | 'copy' | 'delete' | 'describe' | 'share'): string | undefined {
  return SNAPSHOT_ACTIONS[type as DataResourceType]?.[call];
}

/** Throws the service's access denial when the principal's policy does not allow the action in the region. */
export function authorize(principal: SimPrincipal, action: string | undefined, region: string | undefined): void {
  if (action === undefined) return;
  const { actions, regions } = principal.policy;
  const actionAllowed = actions === null || actions.includes(action);
  const regional = !GLOBAL_PREFIXES.some((prefix) => action.startsWith(prefix));
  const regionAllowed = regions === null || !regional || region === undefined || regions.includes(region);
  if (actionAllowed && regionAllowed) return;
  throw accessDenied(principal, action);
}

/**
 * Each service's refusal, as it spells it. EC2: UnauthorizedOperation, "You are not authorized to perform
 * this operation." (EC2 API reference, common client errors). SNS: AuthorizationError ("User: … is not
 * authorized to perform: SNS:CreateTopic on resource: …"). S3: AccessDenied "Access Denied". The JSON-protocol
 * services (DynamoDB, Lambda, KMS, EFS, Service Quotas): AccessDeniedException. The query-protocol ones (RDS,
 * ELB, SQS, Route 53, CloudFormation): AccessDenied. All are `fault`: retrying does not grant a permission.
 */
export function accessDenied(principal: Pick<SimPrincipal, 'accountId' | 'roleName'>, action: string): CloudCallError {
  const [service = ''] = action.split(':');
  const who = principal.roleName === undefined
    ? `arn:aws:iam::${principal.accountId}:user/lifeboat`
    : `arn:aws:sts::${principal.accountId}:assumed-role/${principal.roleName}/lifeboat`;
  const notAuthorized = `User: ${who} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`;
  switch (service) {
    case 'ec2':
      return new CloudCallError('fault', 'UnauthorizedOperation', `UnauthorizedOperation: You are not authorized to perform this operation. (${action})`);
    case 's3':
      return new CloudCallError('fault', 'AccessDenied', `AccessDenied: Access Denied (${action})`);
    case 'sns':
      return new CloudCallError('fault', 'AuthorizationError', `AuthorizationError: ${notAuthorized.replace(/sns:/g, 'SNS:')}`);
    case 'dynamodb':
    case 'lambda':
    case 'kms':
    case 'elasticfilesystem':
    case 'servicequotas':
      return new CloudCallError('fault', 'AccessDeniedException', `AccessDeniedException: ${notAuthorized}`);
    default:
      return new CloudCallError('fault', 'AccessDenied', `AccessDenied: ${notAuthorized}`);
  }
}

/**
 * The actions and regions a CloudFormation role's inline policies allow: every Allow statement's actions,
 * and the union of the aws:RequestedRegion values its statements name (null when none names any).
 * Conditions other than the region (iam:PassedToService) are not modelled.
 */
export function policyOfTemplateRole(properties: { Policies?: unknown }): SimPolicy {
  const actions = new Set<string>();
  const regions = new Set<string>();
  let regionLimited = false;
  const policies = Array.isArray(properties.Policies) ? properties.Policies : [];
  for (const policy of policies as Array<{ PolicyDocument?: { Statement?: unknown } }>) {
    const statements = Array.isArray(policy.PolicyDocument?.Statement) ? policy.PolicyDocument.Statement : [];
    for (const statement of statements as Array<{ Effect?: string; Action?: unknown; Condition?: { StringEquals?: Record<string, unknown> } }>) {
      if (statement.Effect !== 'Allow') continue;
      for (const action of [statement.Action].flat()) if (typeof action === 'string') actions.add(action);
      const requested = statement.Condition?.StringEquals?.['aws:RequestedRegion'];
      if (requested !== undefined) {
        regionLimited = true;
        for (const region of [requested].flat()) if (typeof region === 'string') regions.add(region);
      }
    }
  }
  return { actions: [...actions].sort(), regions: regionLimited ? [...regions].sort() : null };
}
