import type { DBInstance } from '@aws-sdk/client-rds';
import { mapLimited } from '../concurrency.ts';
import { discovered, tagRecord, type Lister } from './shape.ts';
import { arnPrefix } from '../partition.ts';
import { commandsOf } from '../clients.ts';

const { DescribeTableCommand, ListTablesCommand, ListTagsOfResourceCommand } = commandsOf('dynamodb');
const { DescribeDBClustersCommand, DescribeDBInstancesCommand, DescribeDBSubnetGroupsCommand } = commandsOf('rds');

const dbInstances: Lister = async (session, region, token) => {
  const page = await session.client('rds', region).send(new DescribeDBInstancesCommand({ MaxRecords: 100, Marker: token }));
  return {
    next: page.Marker,
    resources: (page.DBInstances ?? []).map((db) => {
      if (db.DBClusterIdentifier) return clusterInstance(db, region);
      const subnetIds = (db.DBSubnetGroup?.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((id): id is string => Boolean(id));
      const vpcSecurityGroupIds = (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((id): id is string => Boolean(id));
      return discovered({
        resourceId: db.DBInstanceIdentifier!, arn: db.DBInstanceArn!, type: 'rds:db-instance', service: 'RDS', region,
        configuration: {
          engine: db.Engine, engineVersion: db.EngineVersion, dbInstanceClass: db.DBInstanceClass, allocatedStorage: db.AllocatedStorage,
          storageType: db.StorageType, iops: db.Iops, multiAZ: db.MultiAZ, availabilityZone: db.AvailabilityZone,
          dbSubnetGroupName: db.DBSubnetGroup?.DBSubnetGroupName, vpcId: db.DBSubnetGroup?.VpcId, subnetIds, vpcSecurityGroupIds,
          port: db.Endpoint?.Port ?? db.DbInstancePort, publiclyAccessible: db.PubliclyAccessible, storageEncrypted: db.StorageEncrypted,
          kmsKeyId: db.KmsKeyId, status: db.DBInstanceStatus, masterUsername: db.MasterUsername, dbClusterIdentifier: db.DBClusterIdentifier,
          dbParameterGroupName: db.DBParameterGroups?.[0]?.DBParameterGroupName, optionGroupName: db.OptionGroupMemberships?.[0]?.OptionGroupName,
        },
        tags: tagRecord(db.TagList), dependencies: [...subnetIds, ...vpcSecurityGroupIds],
      });
    }),
  };
};

/**
 * An Aurora, DocumentDB or Neptune instance: its data and network are its cluster's, so it depends on its cluster
 * alone and is rebuilt by CreateDBInstance into the recovered cluster (never snapshotted on its own).
 */
function clusterInstance(db: DBInstance, region: string) {
  return discovered({
    resourceId: db.DBInstanceIdentifier!, arn: db.DBInstanceArn!, type: 'rds:cluster-instance', service: 'RDS', region,
    configuration: {
      dbClusterIdentifier: db.DBClusterIdentifier, engine: db.Engine, engineVersion: db.EngineVersion, dbInstanceClass: db.DBInstanceClass,
      availabilityZone: db.AvailabilityZone, vpcId: db.DBSubnetGroup?.VpcId, publiclyAccessible: db.PubliclyAccessible, promotionTier: db.PromotionTier,
      dbParameterGroupName: db.DBParameterGroups?.[0]?.DBParameterGroupName, status: db.DBInstanceStatus,
      port: db.Endpoint?.Port ?? db.DbInstancePort,
    },
    tags: tagRecord(db.TagList), dependencies: [db.DBClusterIdentifier],
  });
}

/**
 * DescribeDBClusters: Aurora, DocumentDB and Neptune clusters (and RDS Multi-AZ DB clusters). The cluster names its
 * DB subnet group only; its subnets (what a recovery rebuilds the group from) come from DescribeDBSubnetGroups.
 */
const dbClusters: Lister = async (session, region, token) => {
  const rds = session.client('rds', region);
  const page = await rds.send(new DescribeDBClustersCommand({ MaxRecords: 100, Marker: token }));
  const resources = await mapLimited(page.DBClusters ?? [], session.settings.lookupConcurrency, async (cluster) => {
    const group = cluster.DBSubnetGroup
      ? (await rds.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: cluster.DBSubnetGroup }))).DBSubnetGroups?.[0]
      : undefined;
    const subnetIds = (group?.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((id): id is string => Boolean(id));
    const vpcSecurityGroupIds = (cluster.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((id): id is string => Boolean(id));
    return discovered({
      resourceId: cluster.DBClusterIdentifier!, arn: cluster.DBClusterArn!, type: 'rds:cluster', service: 'RDS', region,
      configuration: {
        engine: cluster.Engine, engineVersion: cluster.EngineVersion, engineMode: cluster.EngineMode, port: cluster.Port,
        // What a recovery does not carry (rds-cluster-limits.ts): membership of a global database, backtrack's window.
        globalClusterIdentifier: cluster.GlobalClusterIdentifier, backtrackWindow: cluster.BacktrackWindow,
        dbSubnetGroupName: cluster.DBSubnetGroup, vpcId: group?.VpcId, subnetIds, vpcSecurityGroupIds, availabilityZones: cluster.AvailabilityZones,
        dbClusterParameterGroupName: cluster.DBClusterParameterGroup, storageEncrypted: cluster.StorageEncrypted, kmsKeyId: cluster.KmsKeyId,
        allocatedStorage: cluster.AllocatedStorage, status: cluster.Status, deletionProtection: cluster.DeletionProtection,
        iamDatabaseAuthenticationEnabled: cluster.IAMDatabaseAuthenticationEnabled, copyTagsToSnapshot: cluster.CopyTagsToSnapshot,
        enabledCloudwatchLogsExports: cluster.EnabledCloudwatchLogsExports, memberCount: cluster.DBClusterMembers?.length ?? 0,
        serverlessV2ScalingConfiguration: cluster.ServerlessV2ScalingConfiguration && {
          minCapacity: cluster.ServerlessV2ScalingConfiguration.MinCapacity, maxCapacity: cluster.ServerlessV2ScalingConfiguration.MaxCapacity,
        },
      },
      tags: tagRecord(cluster.TagList), dependencies: [...subnetIds, ...vpcSecurityGroupIds],
    });
  });
  return { resources, next: page.Marker };
};

type AwsIndex = { IndexName?: string; KeySchema?: Array<{ AttributeName?: string; KeyType?: string }>; Projection?: { ProjectionType?: string; NonKeyAttributes?: string[] } };

/** An index as CreateTable needs it again: its key schema and projection, not only its name. */
const indexOf = (i: AwsIndex) => ({
  indexName: i.IndexName, keySchema: i.KeySchema?.map((k) => ({ attributeName: k.AttributeName, keyType: k.KeyType })),
  projection: i.Projection && { projectionType: i.Projection.ProjectionType, ...(i.Projection.NonKeyAttributes ? { nonKeyAttributes: i.Projection.NonKeyAttributes } : {}) },
});

/** DynamoDB lists names only; each table is described and its tags read, a few at a time. */
const tables: Lister = async (session, region, token) => {
  const dynamodb = session.client('dynamodb', region);
  const page = await dynamodb.send(new ListTablesCommand({ Limit: 100, ExclusiveStartTableName: token }));
  const resources = await mapLimited(page.TableNames ?? [], session.settings.lookupConcurrency, async (name) => {
    const { Table: table } = await dynamodb.send(new DescribeTableCommand({ TableName: name }));
    const arn = table?.TableArn ?? `${arnPrefix(region)}:dynamodb:${region}:${await session.accountId()}:table/${name}`;
    const tags = await dynamodb.send(new ListTagsOfResourceCommand({ ResourceArn: arn }));
    return discovered({
      resourceId: name, arn, type: 'dynamodb:table', service: 'DynamoDB', region, name,
      configuration: {
        keySchema: table?.KeySchema?.map((k) => ({ attributeName: k.AttributeName, keyType: k.KeyType })),
        attributeDefinitions: table?.AttributeDefinitions?.map((a) => ({ attributeName: a.AttributeName, attributeType: a.AttributeType })),
        billingMode: table?.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
        provisionedThroughput: table?.ProvisionedThroughput && {
          readCapacityUnits: table.ProvisionedThroughput.ReadCapacityUnits, writeCapacityUnits: table.ProvisionedThroughput.WriteCapacityUnits,
        },
        globalSecondaryIndexes: table?.GlobalSecondaryIndexes?.map(indexOf), localSecondaryIndexes: table?.LocalSecondaryIndexes?.map(indexOf),
        tableSizeBytes: table?.TableSizeBytes, itemCount: table?.ItemCount, status: table?.TableStatus,
      },
      tags: tagRecord(tags.Tags),
    });
  });
  return { resources, next: page.LastEvaluatedTableName };
};

export const RDS_LISTERS: readonly Lister[] = [dbInstances, dbClusters];
export const DYNAMODB_LISTERS: readonly Lister[] = [tables];
