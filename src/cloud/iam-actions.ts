import type { AwsService } from './provider.ts';

// The IAM actions Lifeboat needs, per service: what a connection's role template grants (src/modules/connections/
// template.ts) and what the simulated AWS allows a role deployed from it. One table, so the two cannot drift.

/**
 * KMS for encrypted snapshots, copies and restores: copying an encrypted EBS or RDS snapshot to another
 * region re-encrypts it under a key there, and restoring creates grants for the service.
 */
export const KMS_ACTIONS = ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKeyWithoutPlaintext'];

export const SERVICE_ACTIONS: Record<AwsService, readonly string[]> = {
  EC2: ['ec2:DescribeInstances', 'ec2:DescribeImages', 'ec2:DescribeInstanceAttribute', 'ec2:DescribeTags', 'ec2:CreateImage', 'ec2:RunInstances', 'ec2:CreateTags', 'ec2:TerminateInstances',
    // A cross-region instance launches from a copy of its AMI, which the reset deregisters (with its snapshots).
    'ec2:CopyImage', 'ec2:DeregisterImage', 'ec2:DeleteSnapshot', 'ec2:DescribeSnapshots', ...KMS_ACTIONS,
    // The recovered root volume replaces the image's: the instance is stopped, the roots swapped, the instance started.
    'ec2:StopInstances', 'ec2:StartInstances', 'ec2:DescribeVolumes', 'ec2:AttachVolume', 'ec2:DetachVolume', 'ec2:DeleteVolume'],
  EBS: ['ec2:DescribeVolumes', 'ec2:DescribeSnapshots', 'ec2:CreateSnapshot', 'ec2:CopySnapshot', 'ec2:DeleteSnapshot', 'ec2:CreateVolume', 'ec2:AttachVolume', 'ec2:DeleteVolume', 'ec2:CreateTags', 'ec2:DescribeAvailabilityZones', ...KMS_ACTIONS],
  VPC: ['ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups', 'ec2:DescribeRouteTables', 'ec2:DescribeInternetGateways', 'ec2:DescribeNatGateways', 'ec2:CreateVpc', 'ec2:CreateSubnet', 'ec2:CreateSecurityGroup', 'ec2:AuthorizeSecurityGroupIngress', 'ec2:CreateRouteTable', 'ec2:CreateRoute', 'ec2:CreateInternetGateway', 'ec2:AttachInternetGateway', 'ec2:AssociateRouteTable', 'ec2:DeleteVpc', 'ec2:DeleteSubnet', 'ec2:DeleteSecurityGroup', 'ec2:DetachInternetGateway', 'ec2:DeleteInternetGateway', 'ec2:DisassociateRouteTable', 'ec2:DeleteRouteTable', 'ec2:CreateTags', 'ec2:DescribeAddresses', 'ec2:AllocateAddress', 'ec2:ReleaseAddress', 'ec2:CreateNatGateway', 'ec2:DeleteNatGateway',
    'ec2:DescribeVpcAttribute', 'ec2:ModifyVpcAttribute', 'ec2:ModifySubnetAttribute', 'ec2:AuthorizeSecurityGroupEgress', 'ec2:RevokeSecurityGroupEgress',
    'ec2:ReplaceRouteTableAssociation', 'ec2:DescribeAvailabilityZones',
    // Rules naming prefix lists: read (name, owner, entries), mapped by name in another region, a customer's recreated there.
    'ec2:DescribeManagedPrefixLists', 'ec2:GetManagedPrefixListEntries', 'ec2:CreateManagedPrefixList', 'ec2:DeleteManagedPrefixList'],
  // CreateDBInstance: a database captured as a dependency (configuration only, no snapshot) is recreated empty, its master
  // password made by RDS and kept in Secrets Manager (ManageMasterUserPassword: the caller needs CreateSecret and TagResource).
  // Deleting such an instance deletes its managed secret too (RDS User Guide, password management with Secrets Manager):
  // RDS does it, so the reset needs no secretsmanager:DeleteSecret and the template does not grant it.
  RDS: ['rds:CreateDBInstance', 'secretsmanager:CreateSecret', 'secretsmanager:TagResource', 'rds:DescribeDBInstances', 'rds:DescribeDBSnapshots', 'rds:DescribeDBSubnetGroups', 'rds:ListTagsForResource', 'rds:CreateDBSnapshot', 'rds:CopyDBSnapshot', 'rds:DeleteDBSnapshot', 'rds:RestoreDBInstanceFromDBSnapshot', 'rds:AddTagsToResource', 'rds:DeleteDBInstance', 'rds:CreateDBSubnetGroup', 'rds:DeleteDBSubnetGroup', 'rds:DescribeDBParameterGroups', 'rds:DescribeOptionGroups', ...KMS_ACTIONS,
    // Aurora, DocumentDB and Neptune: a cluster is snapshotted, copied and restored as a cluster, its instances created in it.
    'rds:DescribeDBClusters', 'rds:DescribeDBClusterSnapshots', 'rds:CreateDBClusterSnapshot', 'rds:CopyDBClusterSnapshot', 'rds:DeleteDBClusterSnapshot',
    'rds:RestoreDBClusterFromSnapshot', 'rds:DeleteDBCluster', 'rds:DescribeDBClusterParameterGroups'],
  DynamoDB: ['dynamodb:ListTables', 'dynamodb:DescribeTable', 'dynamodb:ListTagsOfResource', 'dynamodb:ListBackups', 'dynamodb:CreateBackup', 'dynamodb:DescribeBackup', 'dynamodb:DeleteBackup', 'dynamodb:RestoreTableFromBackup', 'dynamodb:CreateTable', 'dynamodb:TagResource', 'dynamodb:DeleteTable',
    // RestoreTableFromBackup is authorised as writing and reading the target table too (AWS's DynamoDB backup and restore IAM guide).
    'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchWriteItem'],
  S3: ['s3:ListAllMyBuckets', 's3:GetBucketLocation', 's3:GetBucketTagging', 's3:GetBucketVersioning', 's3:ListBucket', 's3:GetObject', 's3:CreateBucket', 's3:PutObject', 's3:PutBucketTagging', 's3:PutBucketVersioning', 's3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:DeleteBucket', 's3:GetObjectTagging', 's3:PutObjectTagging', 's3:GetObjectVersion',
    // A bucket encrypted with a customer-managed key keeps it on its copies (SSE-KMS): reading its objects decrypts, writing copies generates data keys.
    's3:GetEncryptionConfiguration', 's3:PutEncryptionConfiguration', 'kms:Decrypt', 'kms:GenerateDataKey'],
  Lambda: ['lambda:ListFunctions', 'lambda:GetFunction', 'lambda:ListTags', 'lambda:CreateFunction', 'lambda:TagResource', 'lambda:DeleteFunction', 'lambda:GetFunctionConfiguration', 'iam:PassRole', 'ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'],
  ELB: ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeTargetGroups', 'elasticloadbalancing:DescribeListeners', 'elasticloadbalancing:DescribeTags', 'elasticloadbalancing:CreateLoadBalancer', 'elasticloadbalancing:CreateTargetGroup', 'elasticloadbalancing:AddTags', 'elasticloadbalancing:DeleteLoadBalancer', 'elasticloadbalancing:DeleteTargetGroup'],
  Route53: ['route53:ListHostedZones', 'route53:ListResourceRecordSets', 'route53:ListTagsForResource', 'route53:ChangeResourceRecordSets', 'route53:GetHostedZone', 'route53:ListHostedZonesByName', 'route53:CreateHostedZone', 'route53:ChangeTagsForResource', 'route53:DeleteHostedZone', 'ec2:DescribeVpcs'],
  SQS: ['sqs:ListQueues', 'sqs:GetQueueAttributes', 'sqs:ListQueueTags', 'sqs:GetQueueUrl', 'sqs:CreateQueue', 'sqs:TagQueue', 'sqs:DeleteQueue'],
  SNS: ['sns:ListTopics', 'sns:GetTopicAttributes', 'sns:ListTagsForResource', 'sns:CreateTopic', 'sns:TagResource', 'sns:DeleteTopic'],
  EFS: ['elasticfilesystem:DescribeFileSystems', 'elasticfilesystem:DescribeMountTargets', 'elasticfilesystem:ListTagsForResource', 'elasticfilesystem:StartBackupJob', 'elasticfilesystem:CreateFileSystem', 'elasticfilesystem:TagResource', 'elasticfilesystem:DeleteFileSystem', 'elasticfilesystem:DeleteMountTarget'],
};

/** Lifeboat's own key for cross-account copies: found by alias, created with a policy granting the target account;
 * a key made by a call that lost the race for the alias is scheduled for deletion. */
const LIFEBOAT_KEY_ACTIONS = ['kms:CreateKey', 'kms:CreateAlias', 'kms:ListAliases', 'kms:GetKeyPolicy', 'kms:PutKeyPolicy', 'kms:TagResource', 'kms:ScheduleKeyDeletion'];

/**
 * Cross-account recoveries: a customer-managed key Lifeboat creates (found by alias) and whose policy grants the
 * target account; snapshots shared through their attributes. Pre-flight checks: quotas and instance type offerings.
 */
export const RECOVERY_ACTIONS: Partial<Record<AwsService, readonly string[]>> = {
  // A plan places zones by those the target region has (DescribeAvailabilityZones) and offers the instance types in.
  EC2: ['ec2:DescribeInstanceTypeOfferings', 'ec2:DescribeAvailabilityZones', 'ec2:DescribeInstances', 'servicequotas:GetServiceQuota', 'servicequotas:GetAWSDefaultServiceQuota'],
  EBS: ['ec2:DescribeSnapshotAttribute', 'ec2:ModifySnapshotAttribute', ...LIFEBOAT_KEY_ACTIONS],
  VPC: ['ec2:DescribeVpcs', 'ec2:DescribeAddresses', 'servicequotas:GetServiceQuota', 'servicequotas:GetAWSDefaultServiceQuota'],
  RDS: ['rds:DescribeDBSnapshotAttributes', 'rds:ModifyDBSnapshotAttribute', 'rds:DescribeDBClusterSnapshotAttributes', 'rds:ModifyDBClusterSnapshotAttribute', 'rds:DescribeAccountAttributes', 'servicequotas:GetServiceQuota',
    'servicequotas:GetAWSDefaultServiceQuota', ...LIFEBOAT_KEY_ACTIONS],
  // An S3 backup is shared through a statement of the vault bucket's policy; its key is looked up to say how it crosses.
  S3: ['s3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:DeleteBucketPolicy', 'kms:DescribeKey'],
  DynamoDB: ['kms:DescribeKey'],
};

/** Every action the template grants for the services, sorted and without repeats (sts:GetCallerIdentity always). */
export function actionsFor(services: readonly AwsService[]): string[] {
  return [...new Set(['sts:GetCallerIdentity', ...services.flatMap((s) => [...SERVICE_ACTIONS[s], ...(RECOVERY_ACTIONS[s] ?? [])])])].sort();
}
