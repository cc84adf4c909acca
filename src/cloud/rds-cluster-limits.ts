import { CloudCallError } from './provider.ts';

// What of an Aurora cluster a recovery does not carry, from the configuration discovery captured (the AWS driver's
// DescribeDBClusters, or the sim's). The recovery's pre-flight check names each such cluster and why; the AWS driver and
// the simulated AWS refuse to restore the ones that cannot be carried, with the same words. One function, so the
// check, the driver and the sim cannot drift.

/** One feature of a cluster a recovery does not carry as it is. */
export interface ClusterLimit {
  readonly feature: 'global-database' | 'serverless-v1' | 'backtrack';
  /** false: the cluster is refused (a failed check); true: it is rebuilt without what `reason` says (a warning). */
  readonly rebuilt: boolean;
  readonly reason: string;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The limits a cluster meets, in a fixed order; empty for a cluster carried whole. */
export function clusterLimits(configuration: Readonly<Record<string, unknown>>): ClusterLimit[] {
  const limits: ClusterLimit[] = [];
  const global = str(configuration.globalClusterIdentifier);
  if (global) {
    // A global database's secondary clusters, its storage-based replication and write forwarding are the global
    // database's, not the cluster's: a cluster snapshot restores one standalone regional cluster.
    limits.push({
      feature: 'global-database', rebuilt: false,
      reason: `it is a member of Aurora global database ${global}, which a recovery does not carry (its other regions, replication and write forwarding): ` +
        'recover it with the global database\'s own failover, or remove it from the global database (RemoveFromGlobalCluster) and protect it as a regional cluster',
    });
  }
  if (configuration.engineMode === 'serverless') {
    // Aurora User Guide: Aurora Serverless v1 reached its end of life on 31 March 2025; new v1 clusters cannot be created.
    limits.push({
      feature: 'serverless-v1', rebuilt: false,
      reason: 'it is Aurora Serverless v1 (EngineMode serverless), which reached its end of life on 31 March 2025: RDS no longer creates such clusters, ' +
        'so its snapshot cannot be restored as one. Upgrade it to Aurora Serverless v2 or a provisioned cluster, then protect it again',
    });
  }
  const window = typeof configuration.backtrackWindow === 'number' ? configuration.backtrackWindow : 0;
  if (window > 0) {
    // RestoreDBClusterFromSnapshot takes BacktrackWindow (Aurora MySQL): the setting is carried; the change records are not.
    limits.push({
      feature: 'backtrack', rebuilt: true,
      reason: `its backtrack window (${window} s) is set again on the restored cluster, but its backtrack history is not carried: the restored cluster can be backtracked only to times after the recovery`,
    });
  }
  return limits;
}

/** What RestoreDBClusterFromSnapshot is not asked for: the driver and the sim refuse the cluster with this, before any call. */
export function clusterRefusal(sourceResourceId: string, configuration: Readonly<Record<string, unknown>>): CloudCallError | undefined {
  const refused = clusterLimits(configuration).filter((l) => !l.rebuilt);
  if (refused.length === 0) return undefined;
  return new CloudCallError('fault', 'NotSupported', `NotSupported: DB cluster ${sourceResourceId} is not recovered: ${refused.map((l) => l.reason).join('; ')}`);
}
