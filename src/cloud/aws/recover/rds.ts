import { RECOVERY_ID_TAG, type RecreateRequest } from '../../provider.ts';
import { emptyDatabaseParameters, emptyDatabaseProblem } from '../../rds-empty.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import { arnPrefix } from '../partition.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { falseWhenMissing, namedKind } from './data.ts';
import { dependencyOf, num, recoveryTags, str, tagList } from './shared.ts';
import { commandsOf, type RDSClient } from '../clients.ts';

const { CreateDBInstanceCommand, CreateDBSubnetGroupCommand, DeleteDBInstanceCommand, DeleteDBSubnetGroupCommand, DescribeDBClusterParameterGroupsCommand, DescribeDBInstancesCommand, DescribeDBParameterGroupsCommand, DescribeOptionGroupsCommand, RestoreDBInstanceFromDBSnapshotCommand } = commandsOf('rds');

/** States a restore does not leave by itself. */
export const FAILED_DB_STATES = new Set(['failed', 'incompatible-restore', 'incompatible-parameters', 'incompatible-network', 'storage-full', 'inaccessible-encryption-credentials']);

export const ignoreCodes = (...codes: string[]) => (error: unknown) => { if (!codes.includes(awsCode(error))) throw error; };

/** The region a source database (or cluster) lived in, read from its zone (us-east-1a → us-east-1). */
const sourceRegionOf = (c: Readonly<Record<string, unknown>>) =>
  (str(c.availabilityZone) ?? (Array.isArray(c.availabilityZones) ? str(c.availabilityZones[0]) : undefined))?.replace(/[a-z]$/, '');

/**
 * The DB subnet group the restore goes into: made (under the instance's own name, so the reset finds
 * it) from the recovered subnets. Without one RDS restores into the default VPC and refuses the
 * recovered VPC's security groups. With no recovered subnets, a same-region restore keeps the source's group.
 */
export async function subnetGroup(rds: RDSClient, request: RecreateRequest, name: string): Promise<string | undefined> {
  const SubnetIds = dependencyOf(request, 'subnet');
  if (!SubnetIds.length) {
    const own = str(request.configuration.dbSubnetGroupName);
    if (own && sourceRegionOf(request.configuration) === request.region) return own;
    if (dependencyOf(request, 'sg').length) {
      throw faultError('InvalidParameterValue', `database ${request.sourceResourceId} needs its recovered subnets among the dependencies (RDS restores a VPC's security groups only into a DB subnet group of that VPC)`);
    }
    return undefined;
  }
  await rds.send(new CreateDBSubnetGroupCommand({
    DBSubnetGroupName: name, DBSubnetGroupDescription: `Lifeboat recovery ${request.recoveryId} of ${request.sourceResourceId}`, SubnetIds,
    Tags: tagList(recoveryTags(request)),
  })).catch(ignoreCodes('DBSubnetGroupAlreadyExists', 'DBSubnetGroupAlreadyExistsFault'));
  return name;
}

/**
 * A parameter or option group the source used. Default groups (`default.` / `default:`) exist in
 * every region; a custom one must exist in the target under the same name, else the restore is
 * refused clearly instead of silently running with the engine's defaults.
 */
export async function sameGroup(kind: 'parameter' | 'option' | 'cluster parameter', rds: RDSClient, request: RecreateRequest, name: string | undefined): Promise<string | undefined> {
  if (!name || name.startsWith('default.') || name.startsWith('default:')) return undefined;
  if (sourceRegionOf(request.configuration) === request.region) return name;
  const found = kind === 'parameter'
    ? await rds.send(new DescribeDBParameterGroupsCommand({ DBParameterGroupName: name })).then((a) => (a.DBParameterGroups ?? []).length > 0, falseWhenMissing)
    : kind === 'cluster parameter'
      ? await rds.send(new DescribeDBClusterParameterGroupsCommand({ DBClusterParameterGroupName: name })).then((a) => (a.DBClusterParameterGroups ?? []).length > 0, falseWhenMissing)
      : await rds.send(new DescribeOptionGroupsCommand({ OptionGroupName: name })).then((a) => (a.OptionGroupsList ?? []).length > 0, falseWhenMissing);
  if (found) return name;
  throw faultError(kind === 'parameter' ? 'DBParameterGroupNotFound' : kind === 'cluster parameter' ? 'DBClusterParameterGroupNotFound' : 'OptionGroupNotFoundFault',
    `database ${request.sourceResourceId} uses the ${kind} group ${name}, which does not exist in ${request.region}: create it there under the same name first`);
}

/** The parameters of an empty create, refused clearly (before anything is made) where RDS would refuse them. */
function emptyParameters(request: RecreateRequest) {
  const parameters = emptyDatabaseParameters(request.configuration);
  const problem = emptyDatabaseProblem(parameters);
  if (problem) throw faultError(problem.cloudCode, `database ${request.sourceResourceId} cannot be recreated empty: ${problem.message.slice(problem.cloudCode.length + 2)}`);
  return parameters;
}

/**
 * A database captured as a dependency (no snapshot) is recreated empty with CreateDBInstance, in the recovered
 * subnet group and security groups. Lifeboat holds no database password: RDS makes the master password and keeps
 * it in AWS Secrets Manager (ManageMasterUserPassword), where the owner reads it (the instance's MasterUserSecret).
 * A same-region create keeps the source's KMS key; in another region RDS's default key encrypts it.
 */
async function createEmpty(rds: RDSClient, request: RecreateRequest, name: string, groups: { DBSubnetGroupName?: string; DBParameterGroupName?: string; OptionGroupName?: string }): Promise<void> {
  const c = request.configuration;
  const parameters = emptyParameters(request);
  const kmsKeyId = parameters.StorageEncrypted && sourceRegionOf(c) === request.region ? str(c.kmsKeyId) : undefined;
  await rds.send(new CreateDBInstanceCommand({
    // emptyParameters refused a configuration without a class or an engine.
    DBInstanceIdentifier: name, ...parameters, DBInstanceClass: parameters.DBInstanceClass!, Engine: parameters.Engine!, ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}),
    VpcSecurityGroupIds: dependencyOf(request, 'sg'), Tags: tagList(recoveryTags(request)),
    ...(groups.DBSubnetGroupName ? { DBSubnetGroupName: groups.DBSubnetGroupName } : {}),
    ...(groups.DBParameterGroupName ? { DBParameterGroupName: groups.DBParameterGroupName } : {}),
    ...(groups.OptionGroupName ? { OptionGroupName: groups.OptionGroupName } : {}),
  })).catch(ignoreCodes('DBInstanceAlreadyExists', 'DBInstanceAlreadyExistsFault'));
}

export const dbInstance = namedKind({
  type: 'rds:db-instance', rules: { maxLength: 63, lowerCase: true },
  arn: (region, account, name) => `${arnPrefix(region)}:rds:${region}:${account}:db:${name}`,
  exists: (session, region, name) => session.client('rds', region).send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: name }))
    .then((a) => (a.DBInstances ?? []).some((db) => db.DBInstanceStatus !== 'deleting'), falseWhenMissing),
  async create(session, request, name) {
    const c = request.configuration;
    if (str(c.dbClusterIdentifier)) {
      throw faultError('InvalidParameterCombination', `database ${request.sourceResourceId} is a member of cluster ${str(c.dbClusterIdentifier)}: RDS restores Aurora, DocumentDB and Neptune members only with their cluster (an rds:cluster, then its rds:cluster-instance members). Discover the connection again and protect the cluster`);
    }
    if (!request.snapshotId) emptyParameters(request);
    const rds = session.client('rds', request.region);
    const DBSubnetGroupName = await subnetGroup(rds, request, name);
    const DBParameterGroupName = await sameGroup('parameter', rds, request, str(c.dbParameterGroupName));
    const OptionGroupName = await sameGroup('option', rds, request, str(c.optionGroupName));
    if (!request.snapshotId) return createEmpty(rds, request, name, { DBSubnetGroupName, DBParameterGroupName, OptionGroupName });
    await rds.send(new RestoreDBInstanceFromDBSnapshotCommand({
      DBInstanceIdentifier: name, DBSnapshotIdentifier: request.snapshotId, DBInstanceClass: str(c.dbInstanceClass),
      VpcSecurityGroupIds: dependencyOf(request, 'sg'), Tags: tagList(recoveryTags(request)),
      ...(DBSubnetGroupName ? { DBSubnetGroupName } : {}), ...(DBParameterGroupName ? { DBParameterGroupName } : {}), ...(OptionGroupName ? { OptionGroupName } : {}),
      ...(typeof c.multiAZ === 'boolean' ? { MultiAZ: c.multiAZ } : {}), ...(num(c.port) ? { Port: num(c.port) } : {}),
      ...(typeof c.publiclyAccessible === 'boolean' ? { PubliclyAccessible: c.publiclyAccessible } : {}),
    })).catch(ignoreCodes('DBInstanceAlreadyExists', 'DBInstanceAlreadyExistsFault'));
  },
  /** DescribeDBInstances has no tag filter, but answers each instance's TagList. */
  async tagged(session, region, recoveryId) {
    const rds = session.client('rds', region);
    const ids: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 100, Marker }));
      for (const db of page.DBInstances ?? []) {
        if (!db.DBClusterIdentifier && isTagged(db.TagList, recoveryId) && db.DBInstanceIdentifier) ids.push(db.DBInstanceIdentifier);
      }
      Marker = page.Marker;
    } while (Marker);
    return ids;
  },
  /** Dependents (an application reading it, a DNS record naming it) need it up: polled with backoff, bounded by waitTimeoutMs. */
  ready: (session, region, name) => instanceAvailable(session, region, name),
  /**
   * DeleteDBInstance answers at `deleting`; the instance's interfaces hold its subnets and groups until
   * DescribeDBInstances says DBInstanceNotFound. A retry that finds it deleting already just waits.
   * The DB subnet group the recovery made (named like the instance) goes after it.
   */
  async remove(session, region, name) {
    const rds = session.client('rds', region);
    await deleteInstance(session, region, name, { SkipFinalSnapshot: true, DeleteAutomatedBackups: true });
    await rds.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: name })).catch((error: unknown) => { if (!isNotFound(error)) throw error; });
  },
});

/** True when an RDS tag list carries the recovery's tag. */
export const isTagged = (tags: ReadonlyArray<{ Key?: string; Value?: string }> | undefined, recoveryId: string) =>
  (tags ?? []).some((t) => t.Key === RECOVERY_ID_TAG && t.Value === recoveryId);

/** Dependents (an application reading it, a DNS record naming it) need it up: polled with backoff, bounded by waitTimeoutMs. */
export async function instanceAvailable(session: Session, region: string, name: string): Promise<void> {
  const rds = session.client('rds', region);
  await waitFor(`RDS instance ${name}`, async () => {
    // Right after the create, DescribeDBInstances may not see the instance yet (eventual consistency): not ready, not gone.
    const status = await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: name }))
      .then((a) => a.DBInstances?.[0]?.DBInstanceStatus, (error: unknown) => { falseWhenMissing(error); return undefined; });
    if (status && FAILED_DB_STATES.has(status)) throw faultError('DBInstanceRestoreFailed', `RDS instance ${name} is ${status}`);
    return status === 'available' ? true : undefined;
  }, session.settings);
}

/**
 * DeleteDBInstance answers at `deleting`; the instance's interfaces hold its subnets and groups (and a cluster
 * member holds its cluster) until DescribeDBInstances says DBInstanceNotFound. A retry that finds it deleting
 * already just waits.
 */
export async function deleteInstance(session: Session, region: string, name: string, options: { SkipFinalSnapshot?: boolean; DeleteAutomatedBackups?: boolean }): Promise<void> {
  const rds = session.client('rds', region);
  await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: name, ...options }))
    .catch((error: unknown) => { if (!isNotFound(error) && !/^InvalidDBInstanceState/.test(awsCode(error))) throw error; });
  await waitFor(`deletion of RDS instance ${name}`, () => rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: name }))
    .then(() => undefined, (error: unknown) => { falseWhenMissing(error); return true; }), session.settings);
}
