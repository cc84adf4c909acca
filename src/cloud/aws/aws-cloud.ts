import { CloudCallError as NotYetError_, type CloudKey, type CloudSnapshot as CS_, type QuotaUsage, type SnapshotDescription } from '../provider.ts';
import type {
  CloudCredentials, CloudProvider, CloudSnapshot, CopySnapshotRequest, DeleteResourceRequest, DeleteSnapshotRequest, DescribeStackRequest,
  DiscoverPage, DiscoverRequest, ListRecoveryResourcesRequest, RecreatedResource, RecreateRequest, SnapshotRequest, StackDescription, VerifyResult,
} from '../provider.ts';
import { AwsClients } from './clients.ts';
import { CredentialCache } from './credentials.ts';
import { discoverPage } from './discover/index.ts';
import { toCloudError } from './errors.ts';
import { deleteResource, listRecoveryResources, recreate } from './recover/index.ts';
import { openSession, resolveSettings, type ResolvedSettings, type Session } from './session.ts';
import type { AwsDriverSettings } from './settings.ts';
import { copySnapshot, deleteSnapshot, takeSnapshot } from './snapshots/index.ts';
import { readStackStatus } from './stack-status.ts';

/**
 * The cloud port on real AWS (SDK v3). Every call opens a session on the connection's credentials and
 * maps whatever AWS throws to a CloudCallError once, here, with the secrets cut out of its message.
 */
export class AwsCloud implements CloudProvider {
  readonly name = 'aws' as const;
  private readonly settings: ResolvedSettings;
  private readonly clients: AwsClients;
  private readonly cache: CredentialCache;

  // The cross-account and pre-flight calls (issue 15): being built.
  describeSnapshot(): Promise<SnapshotDescription | undefined> { return notYet(); }
  shareSnapshot(): Promise<void> { return notYet(); }
  unshareSnapshot(): Promise<void> { return notYet(); }
  ensureKey(): Promise<CloudKey> { return notYet(); }
  copySnapshotForRecovery(): Promise<CS_> { return notYet(); }
  describeQuotas(): Promise<QuotaUsage[]> { return notYet(); }
  instanceTypeOfferings(): Promise<Record<string, string[]>> { return notYet(); }

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

  /** Closes every SDK client's connections (process shutdown). */
  close(): void {
    this.clients.destroy();
  }
}

const notYet = (): Promise<never> => Promise.reject(new NotYetError_('fault', 'NotImplemented', 'NotImplemented: not built yet'));
