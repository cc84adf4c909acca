import type { AwsService } from '../../cloud/provider.ts';
import { ValidationError } from '../../platform/errors.ts';

/** Seed 001's values. `EBS` is the deprecated spelling of `EC2/EBS`. */
export const ASSET_TYPE_VALUES = ['EC2/EBS', 'RDS', 'DynamoDB', 'EC2MSSQL', 'S3', 'EBS'] as const;
export type AssetType = Exclude<(typeof ASSET_TYPE_VALUES)[number], 'EBS'>;

/** What a request says about asset types: the field and its deprecated alias. */
export interface AssetTypesInput {
  readonly asset_types?: readonly string[];
  readonly asset_types_enabled?: readonly string[];
}

/**
 * The asset types a create or update asks for, sorted and without repeats: `asset_types`, or the deprecated
 * `asset_types_enabled` when it is sent alone; `EBS` becomes `EC2/EBS`; `EC2MSSQL` needs `EC2/EBS`.
 */
export function requestedAssetTypes(input: AssetTypesInput): AssetType[] {
  const given = input.asset_types ?? input.asset_types_enabled;
  if (given === undefined) throw new ValidationError({ asset_types: 'is required' });
  if (input.asset_types && input.asset_types_enabled && canonical(input.asset_types).join() !== canonical(input.asset_types_enabled).join()) {
    throw new ValidationError({ asset_types_enabled: 'is the deprecated name of asset_types; send one of them, or the same list in both' });
  }
  const field = input.asset_types ? 'asset_types' : 'asset_types_enabled';
  const types = canonical(given);
  if (types.includes('EC2MSSQL') && !types.includes('EC2/EBS')) throw new ValidationError({ [field]: 'EC2MSSQL requires EC2/EBS' });
  return types;
}

function canonical(values: readonly string[]): AssetType[] {
  return [...new Set(values.map((v) => (v === 'EBS' ? 'EC2/EBS' : v) as AssetType))].sort();
}

/** The native connection services an asset type needs (discovery of instances needs their network too). */
const SERVICES: Record<AssetType, readonly AwsService[]> = {
  'EC2/EBS': ['EC2', 'EBS', 'VPC'],
  EC2MSSQL: ['EC2', 'EBS', 'VPC'],
  RDS: ['RDS'],
  DynamoDB: ['DynamoDB'],
  S3: ['S3'],
};

export function servicesFor(types: readonly AssetType[]): AwsService[] {
  return [...new Set(types.flatMap((t) => SERVICES[t]))];
}

/**
 * The least privilege per asset type: describe what to protect, snapshot and copy it, restore it. Regional
 * actions are limited to the group's regions by the template; S3's are global.
 */
export const ASSET_TYPE_ACTIONS: Record<AssetType, readonly string[]> = {
  'EC2/EBS': [
    'ec2:DescribeInstances', 'ec2:DescribeVolumes', 'ec2:DescribeSnapshots', 'ec2:DescribeImages', 'ec2:DescribeTags', 'ec2:DescribeVpcs',
    'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups', 'ec2:CreateSnapshot', 'ec2:CopySnapshot', 'ec2:DeleteSnapshot', 'ec2:CreateTags',
    'ec2:CreateVolume', 'ec2:RunInstances', 'ebs:ListSnapshotBlocks', 'ebs:GetSnapshotBlock',
  ],
  EC2MSSQL: ['ssm:DescribeInstanceInformation', 'ssm:SendCommand', 'ssm:GetCommandInvocation', 'ec2:DescribeInstances'],
  RDS: ['rds:DescribeDBInstances', 'rds:DescribeDBSnapshots', 'rds:ListTagsForResource', 'rds:CreateDBSnapshot', 'rds:CopyDBSnapshot', 'rds:DeleteDBSnapshot', 'rds:RestoreDBInstanceFromDBSnapshot', 'rds:AddTagsToResource'],
  DynamoDB: ['dynamodb:ListTables', 'dynamodb:DescribeTable', 'dynamodb:ListTagsOfResource', 'dynamodb:CreateBackup', 'dynamodb:DescribeBackup', 'dynamodb:DeleteBackup', 'dynamodb:RestoreTableFromBackup'],
  S3: ['s3:ListAllMyBuckets', 's3:GetBucketLocation', 's3:GetBucketTagging', 's3:GetBucketVersioning', 's3:ListBucket', 's3:GetObject', 's3:PutObject'],
};

/** The `config` keys of seed 001 per asset type. */
export const CONFIG_KEYS: Record<AssetType, string> = { 'EC2/EBS': 'ec2', EC2MSSQL: 'ec2_mssql', RDS: 'rds', DynamoDB: 'dynamodb', S3: 's3' };
