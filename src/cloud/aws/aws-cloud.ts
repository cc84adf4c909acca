import type {
  CloudCredentials, CloudKey, CloudProvider, CloudSnapshot, CopySnapshotRequest, DeleteResourceRequest, DeleteSnapshotRequest, DescribeSnapshotRequest,
  DescribeStackRequest, DiscoverPage, DiscoverRequest, EnsureKeyRequest, ListRecoveryResourcesRequest, QuotaUsage, RecoveryCopyRequest, RecreatedResource,
  RecreateRequest, ShareSnapshotRequest, ProbeRequest, ProbeResult, ResourceState, ResourceStateRequest, SnapshotDescription, SnapshotRequest, StackDescription, VerifyResult,
} from '../provider.ts';
import { AwsClients } from './clients.ts';
import { CredentialCache } from './credentials.ts';
import { copySnapshotForRecovery } from './crossaccount/copy.ts';
import { describeSnapshot } from './crossaccount/describe.ts';
import { shareSnapshot, unshareSnapshot } from './crossaccount/share.ts';
import { discoverPage } from './discover/index.ts';
import { toCloudError } from './errors.ts';
import { ensureKey } from './kms.ts';
import { describeQuotas, instanceTypeOfferings } from './quotas.ts';
import { zonesOf } from './recover/zones.ts';
import { deleteResource, listRecoveryResources, recreate } from './recover/index.ts';
import { openSession, resolveSettings, type ResolvedSettings, type Session } from './session.ts';
import type { AwsDriverSettings } from './settings.ts';
import { copySnapshot, deleteSnapshot, takeSnapshot } from './snapshots/index.ts';
import { readStackStatus } from './stack-status.ts';
import { probeEndpoint } from './validation/probe.ts';
import { resourceState } from './validation/resource-state.ts';

/**
 * The cloud port on real AWS (SDK v3). Every call opens a session on the connection's credentials and
 * maps whatever AWS throws to a CloudCallError once, here, with the secrets cut out of its message.
 */
export class AwsCloud implements CloudProvider {
  readonly name = 'aws' as const;
  private readonly settings: ResolvedSettings;
  private readonly clients: AwsClients;
  private readonly cache: CredentialCache;

  constructor(settings: AwsDriverSettings, now: () => number = Date.now) {
    this.settings = resolveSettings(settings);
    this.clients = new AwsClients({ endpoints: settings.endpoints, maxAttempts: this.settings.maxAttempts });
    this.cache = new CredentialCache(this.clients, this.settings, now);
  }

  /** Runs fn on a session of the credentials; errors leave as CloudCallError. */
  async withSession<T>(credentials: CloudCredentials, fn: (session: Session) => Promise<T>): Promise<T> {
    try {
      return await fn(openSession(this.clients, this.cache, this.settings, credentials));
    } catch (error) {
      const secrets = credentials.type === 'access-key' ? [credentials.secretAccessKey] : [credentials.externalId];
      throw toCloudError(error, secrets);
    }
  }

  async verify(credentials: CloudCredentials): Promise<VerifyResult> {
    try {
      const identity = await this.withSession(credentials, () => this.cache.callerIdentity(credentials));
      return { status: 'success', accountId: identity.account, message: `Credentials reach account ${identity.account}` };
    } catch (error) {
      const failure = toCloudError(error);
      // STS answers a malformed role ARN with ValidationError: the connection's role is wrong, as with AccessDenied.
      const refused = failure.reason === 'authentication' || failure.cloudCode === 'ValidationError';
      if (refused) this.cache.forget(credentials);
      return { status: refused ? 'authentication-failed' : 'failed', message: failure.message };
    }
  }

  discover(credentials: CloudCredentials, request: DiscoverRequest): Promise<DiscoverPage> {
    return this.withSession(credentials, (session) => discoverPage(session, request));
  }

  /** The driver keeps nothing in the account per connection (vaulted data goes with its protections): it forgets the cached session. */
  async releaseConnection(credentials: CloudCredentials): Promise<void> {
    this.cache.forget(credentials);
    this.clients.forget(this.cache.keyOf(credentials));
  }

  snapshot(credentials: CloudCredentials, request: SnapshotRequest): Promise<CloudSnapshot> {
    return this.withSession(credentials, (session) => takeSnapshot(session, request));
  }

  copySnapshot(credentials: CloudCredentials, request: CopySnapshotRequest): Promise<CloudSnapshot> {
    return this.withSession(credentials, (session) => copySnapshot(session, request));
  }

  deleteSnapshot(credentials: CloudCredentials, request: DeleteSnapshotRequest): Promise<void> {
    return this.withSession(credentials, (session) => deleteSnapshot(session, request));
  }

  recreate(credentials: CloudCredentials, request: RecreateRequest): Promise<RecreatedResource> {
    return this.withSession(credentials, (session) => recreate(session, request));
  }

  deleteResource(credentials: CloudCredentials, request: DeleteResourceRequest): Promise<void> {
    return this.withSession(credentials, (session) => deleteResource(session, request));
  }

  listRecoveryResources(credentials: CloudCredentials, request: ListRecoveryResourcesRequest): Promise<RecreatedResource[]> {
    return this.withSession(credentials, (session) => listRecoveryResources(session, request));
  }

  async describeStack(credentials: CloudCredentials, request: DescribeStackRequest): Promise<StackDescription | undefined> {
    const stack = await this.withSession(credentials, (session) => readStackStatus(session, request));
    // By name, CloudFormation answers a deleted stack as missing; by id, as DELETE_COMPLETE: both are gone.
    if (stack.status === 'NOT_FOUND' || stack.status === 'DELETE_COMPLETE') return undefined;
    return stack;
  }

  describeSnapshot(credentials: CloudCredentials, request: DescribeSnapshotRequest): Promise<SnapshotDescription | undefined> {
    return this.withSession(credentials, (session) => describeSnapshot(session, request));
  }

  shareSnapshot(credentials: CloudCredentials, request: ShareSnapshotRequest): Promise<void> {
    return this.withSession(credentials, (session) => shareSnapshot(session, request));
  }

  unshareSnapshot(credentials: CloudCredentials, request: ShareSnapshotRequest): Promise<void> {
    return this.withSession(credentials, (session) => unshareSnapshot(session, request));
  }

  ensureKey(credentials: CloudCredentials, request: EnsureKeyRequest): Promise<CloudKey> {
    return this.withSession(credentials, (session) => ensureKey(session, request));
  }

  copySnapshotForRecovery(credentials: CloudCredentials, request: RecoveryCopyRequest): Promise<CloudSnapshot> {
    return this.withSession(credentials, (session) => copySnapshotForRecovery(session, request));
  }

  describeQuotas(credentials: CloudCredentials, request: { readonly region: string }): Promise<QuotaUsage[]> {
    return this.withSession(credentials, (session) => describeQuotas(session, request.region));
  }

  availabilityZones(credentials: CloudCredentials, request: { readonly region: string }): Promise<string[]> {
    return this.withSession(credentials, (session) => zonesOf(session, request.region));
  }

  instanceTypeOfferings(credentials: CloudCredentials, request: { readonly region: string; readonly instanceTypes: readonly string[] }): Promise<Record<string, string[]>> {
    return this.withSession(credentials, (session) => instanceTypeOfferings(session, request.region, request.instanceTypes));
  }

  resourceState(credentials: CloudCredentials, request: ResourceStateRequest): Promise<ResourceState | undefined> {
    return this.withSession(credentials, (session) => resourceState(session, request));
  }

  /** Not an AWS call: the URL is the recovered application's own, fetched from here (the credentials are not used). */
  probeEndpoint(_credentials: CloudCredentials, request: ProbeRequest): Promise<ProbeResult> {
    return probeEndpoint(request, { allowPrivate: this.settings.probeAllowPrivate });
  }

  /** Closes every SDK client's connections (process shutdown). */
  close(): void {
    this.clients.destroy();
  }
}
