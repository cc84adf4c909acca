import { DescribeTableCommand, ListTablesCommand, ListTagsOfResourceCommand } from '@aws-sdk/client-dynamodb';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { mapLimited } from '../concurrency.ts';
import { discovered, tagRecord, type Lister } from './shape.ts';
import { arnPrefix } from '../partition.ts';

const dbInstances: Lister = async (session, region, token) => {
  const page = await session.client('rds', region).send(new DescribeDBInstancesCommand({ MaxRecords: 100, Marker: token }));
  return {
    next: page.Marker,
    resources: (page.DBInstances ?? []).map((db) => {
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

export const RDS_LISTERS: readonly Lister[] = [dbInstances];
export const DYNAMODB_LISTERS: readonly Lister[] = [tables];
