import type { DBCluster } from '@aws-sdk/client-rds';
import type { RecreateRequest } from '../../provider.ts';
import { clusterRefusal } from '../../rds-cluster-limits.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import { arnPrefix } from '../partition.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { falseWhenMissing, namedKind } from './data.ts';
import { deleteInstance, ignoreCodes, instanceAvailable, isTagged, sameGroup, subnetGroup } from './rds.ts';
import { dependencyOf, num, recoveryTags, str, tagList } from './shared.ts';
import { commandsOf, type RDSClient } from '../clients.ts';

const { CreateDBInstanceCommand, DeleteDBClusterCommand, DeleteDBSubnetGroupCommand, DescribeDBClustersCommand, DescribeDBInstancesCommand, RestoreDBClusterFromSnapshotCommand } = commandsOf('rds');

/**
 * Aurora, DocumentDB and Neptune: the cluster (`rds:cluster`) is restored from its cluster snapshot
 * (RestoreDBClusterFromSnapshot), which makes a cluster without instances; each instance (`rds:cluster-instance`,
 * a later step: it depends on the cluster) is then created in it (CreateDBInstance with DBClusterIdentifier).
 * A reset deletes the instances, then the cluster (SkipFinalSnapshot), waiting for each to be gone.
 */

const describeCluster = (rds: RDSClient, name: string): Promise<DBCluster | undefined> =>
  rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: name })).then((a) => a.DBClusters?.[0], (error: unknown) => { falseWhenMissing(error); return undefined; });

/** A cluster's states a restore does not leave by itself. */
const FAILED_CLUSTER_STATES = new Set(['failed', 'inaccessible-encryption-credentials', 'incompatible-restore', 'incompatible-parameters', 'incompatible-network']);

/** Waits for the cluster to be `available`: RDS refuses instances in a cluster that is not (InvalidDBClusterStateFault). */
export async function clusterAvailable(session: Session, region: string, name: string): Promise<void> {
  const rds = session.client('rds', region);
  await waitFor(`RDS cluster ${name}`, async () => {
    // Right after the restore, DescribeDBClusters may not see it yet (eventual consistency): not ready, not gone.
    const status = (await describeCluster(rds, name))?.Status;
    if (status && FAILED_CLUSTER_STATES.has(status)) throw faultError('DBClusterRestoreFailed', `RDS cluster ${name} is ${status}`);
    return status === 'available' ? true : undefined;
  }, session.settings);
}

/** What of the source's settings RestoreDBClusterFromSnapshot takes again. Deletion protection stays off: a reset must be able to delete it. */
function restoreSettings(c: Readonly<Record<string, unknown>>) {
  const scaling = c.serverlessV2ScalingConfiguration as { minCapacity?: unknown; maxCapacity?: unknown } | undefined;
  const logs = Array.isArray(c.enabledCloudwatchLogsExports) ? c.enabledCloudwatchLogsExports.filter((l): l is string => typeof l === 'string') : [];
  return {
    ...(str(c.engineVersion) ? { EngineVersion: str(c.engineVersion) } : {}),
    ...(str(c.engineMode) && c.engineMode !== 'provisioned' ? { EngineMode: str(c.engineMode) } : {}),
    ...(num(c.port) ? { Port: num(c.port) } : {}),
    ...(typeof c.iamDatabaseAuthenticationEnabled === 'boolean' ? { EnableIAMDatabaseAuthentication: c.iamDatabaseAuthenticationEnabled } : {}),
    ...(typeof c.copyTagsToSnapshot === 'boolean' ? { CopyTagsToSnapshot: c.copyTagsToSnapshot } : {}),
    // Aurora MySQL's backtrack: the window is set again (its history is not carried: rds-cluster-limits.ts).
    ...(num(c.backtrackWindow) ? { BacktrackWindow: num(c.backtrackWindow) } : {}),
    ...(logs.length ? { EnableCloudwatchLogsExports: logs } : {}),
    ...(scaling && num(scaling.minCapacity) !== undefined && num(scaling.maxCapacity) !== undefined
      ? { ServerlessV2ScalingConfiguration: { MinCapacity: num(scaling.minCapacity), MaxCapacity: num(scaling.maxCapacity) } } : {}),
    DeletionProtection: false,
  };
}

export const dbCluster = namedKind({
  type: 'rds:cluster', rules: { maxLength: 63, lowerCase: true },
  arn: (region, account, name) => `${arnPrefix(region)}:rds:${region}:${account}:cluster:${name}`,
  exists: async (session, region, name) => {
    const cluster = await describeCluster(session.client('rds', region), name);
    return cluster !== undefined && cluster.Status !== 'deleting';
  },
  async create(session, request, name) {
    if (!request.snapshotId) {
      throw faultError('InvalidParameterValue', `DB cluster ${request.sourceResourceId} is recovered from a cluster snapshot only: a new cluster needs a master password Lifeboat does not hold`);
    }
    const c = request.configuration;
    const refused = clusterRefusal(request.sourceResourceId, c);
    if (refused) throw refused;
    const Engine = str(c.engine);
    if (!Engine) throw faultError('InvalidParameterValue', `DB cluster ${request.sourceResourceId} has no engine captured: RestoreDBClusterFromSnapshot needs it`);
    const rds = session.client('rds', request.region);
    const DBSubnetGroupName = await subnetGroup(rds, request, name);
    const DBClusterParameterGroupName = await sameGroup('cluster parameter', rds, request, str(c.dbClusterParameterGroupName));
    await rds.send(new RestoreDBClusterFromSnapshotCommand({
      DBClusterIdentifier: name, SnapshotIdentifier: request.snapshotId, Engine, VpcSecurityGroupIds: dependencyOf(request, 'sg'),
      Tags: tagList(recoveryTags(request)), ...restoreSettings(c),
      ...(DBSubnetGroupName ? { DBSubnetGroupName } : {}), ...(DBClusterParameterGroupName ? { DBClusterParameterGroupName } : {}),
    })).catch(ignoreCodes('DBClusterAlreadyExistsFault', 'DBClusterAlreadyExists'));
  },
  /** DescribeDBClusters has no tag filter, but answers each cluster's TagList. */
  async tagged(session, region, recoveryId) {
    const rds = session.client('rds', region);
    const ids: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await rds.send(new DescribeDBClustersCommand({ MaxRecords: 100, Marker }));
      for (const cluster of page.DBClusters ?? []) if (isTagged(cluster.TagList, recoveryId) && cluster.DBClusterIdentifier) ids.push(cluster.DBClusterIdentifier);
      Marker = page.Marker;
    } while (Marker);
    return ids;
  },
  ready: (session, region, name) => clusterAvailable(session, region, name),
  /**
   * RDS refuses DeleteDBCluster while the cluster has instances (InvalidDBClusterStateFault): its members still
   * there (the reset deletes them first, deepest level first; one it never recorded is found here) go first,
   * each waited for. Then the cluster, without a final snapshot, waited for until DBClusterNotFoundFault, and the
   * DB subnet group the recovery made (named like the cluster).
   */
  async remove(session, region, name) {
    const rds = session.client('rds', region);
    const cluster = await describeCluster(rds, name);
    for (const member of cluster?.DBClusterMembers ?? []) {
      if (member.DBInstanceIdentifier) await deleteInstance(session, region, member.DBInstanceIdentifier, {});
    }
    if (cluster) {
      // A cluster deleting already is waited for; one still holding an instance (InvalidDBClusterStateFault) passes: retryable.
      await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: name, SkipFinalSnapshot: true })).catch(async (error: unknown) => {
        if (isNotFound(error)) return;
        if (/^InvalidDBClusterState/.test(awsCode(error)) && (await describeCluster(rds, name))?.Status === 'deleting') return;
        throw error;
      });
      await waitFor(`deletion of RDS cluster ${name}`, async () => ((await describeCluster(rds, name)) === undefined ? true : undefined), session.settings);
    }
    await rds.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: name })).catch((error: unknown) => { if (!isNotFound(error)) throw error; });
  },
});

/** The recovered cluster an instance goes into: its configuration's (mapped to the copy by the recovery), else its one dependency. */
function clusterOf(request: RecreateRequest): string {
  const cluster = str(request.configuration.dbClusterIdentifier) ?? request.dependencies.find((d) => !/^(sg|subnet)-/.test(d));
  if (!cluster) throw faultError('InvalidParameterValue', `cluster instance ${request.sourceResourceId} names no DB cluster (configuration.dbClusterIdentifier)`);
  return cluster;
}

export const dbClusterInstance = namedKind({
  type: 'rds:cluster-instance', rules: { maxLength: 63, lowerCase: true },
  arn: (region, account, name) => `${arnPrefix(region)}:rds:${region}:${account}:db:${name}`,
  exists: (session, region, name) => session.client('rds', region).send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: name }))
    .then((a) => (a.DBInstances ?? []).some((db) => db.DBInstanceStatus !== 'deleting'), falseWhenMissing),
  async create(session, request, name) {
    const c = request.configuration;
    const DBClusterIdentifier = clusterOf(request);
    const Engine = str(c.engine);
    const DBInstanceClass = str(c.dbInstanceClass);
    if (!Engine || !DBInstanceClass) throw faultError('InvalidParameterValue', `cluster instance ${request.sourceResourceId} needs its engine and instance class (CreateDBInstance)`);
    // RDS refuses an instance in a cluster that is not available yet (InvalidDBClusterStateFault).
    await clusterAvailable(session, request.region, DBClusterIdentifier);
    const rds = session.client('rds', request.region);
    const DBParameterGroupName = await sameGroup('parameter', rds, request, str(c.dbParameterGroupName));
    // The network (subnet group, security groups), storage and encryption are the cluster's; the zone is left to RDS.
    await rds.send(new CreateDBInstanceCommand({
      DBInstanceIdentifier: name, DBClusterIdentifier, Engine, DBInstanceClass, Tags: tagList(recoveryTags(request)),
      ...(DBParameterGroupName ? { DBParameterGroupName } : {}), ...(num(c.promotionTier) !== undefined ? { PromotionTier: num(c.promotionTier) } : {}),
      ...(typeof c.publiclyAccessible === 'boolean' ? { PubliclyAccessible: c.publiclyAccessible } : {}),
    })).catch(ignoreCodes('DBInstanceAlreadyExists', 'DBInstanceAlreadyExistsFault'));
  },
  async tagged(session, region, recoveryId) {
    const rds = session.client('rds', region);
    const ids: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 100, Marker }));
      for (const db of page.DBInstances ?? []) if (db.DBClusterIdentifier && isTagged(db.TagList, recoveryId) && db.DBInstanceIdentifier) ids.push(db.DBInstanceIdentifier);
      Marker = page.Marker;
    } while (Marker);
    return ids;
  },
  ready: (session, region, name) => instanceAvailable(session, region, name),
  /** A cluster's instance has no final snapshot of its own (the cluster's data outlives it): deleted and waited for. */
  remove: (session, region, name) => deleteInstance(session, region, name, {}),
});

