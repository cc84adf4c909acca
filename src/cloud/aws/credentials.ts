import { createHash } from 'node:crypto';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { CloudCredentials } from '../provider.ts';
import { commandsOf, type AwsClients } from './clients.ts';
import type { AwsDriverSettings } from './settings.ts';

const { AssumeRoleCommand, GetCallerIdentityCommand } = commandsOf('sts');

/** Temporary credentials are replaced this long before they expire, so no call starts with a dying token. */
export const REFRESH_BEFORE_MS = 5 * 60 * 1000;
/** Lifetime asked of AssumeRole: an hour is what every role allows without raising MaxSessionDuration. */
const SESSION_SECONDS = 3600;
const ROLE_ACCOUNT = /^arn:aws[a-z-]*:iam::(\d{12}):role\//;

interface Entry {
  readonly identity: Promise<AwsCredentialIdentity>;
  expiresAt: number;
}

/**
 * The AWS identity behind each connection's credentials. A role is assumed through STS with the
 * connection's external id, and the temporary credentials are kept until shortly before they expire;
 * concurrent callers share one AssumeRole. A key pair is used as it is. Keys in the cache are hashes,
 * never the secrets themselves.
 */
export class CredentialCache {
  private readonly entries = new Map<string, Entry>();
  private readonly accounts = new Map<string, Promise<string>>();

  constructor(
    private readonly clients: AwsClients,
    private readonly settings: Pick<AwsDriverSettings, 'region' | 'baseCredentials'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** A stable name for the credentials that reveals nothing of the secret or external id. */
  keyOf(credentials: CloudCredentials): string {
    const material = credentials.type === 'iam-role'
      ? `role\n${credentials.roleArn}\n${credentials.externalId}`
      : `key\n${credentials.accessKeyId}\n${credentials.secretAccessKey}`;
    return createHash('sha256').update(material).digest('base64url').slice(0, 32);
  }

  /** The credentials an SDK client signs with: the assumed role's (cached), or the key pair. */
  identity(credentials: CloudCredentials): Promise<AwsCredentialIdentity> {
    if (credentials.type === 'access-key') {
      return Promise.resolve({ accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey });
    }
    const key = this.keyOf(credentials);
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt - REFRESH_BEFORE_MS > this.now()) return cached.identity;
    const entry: Entry = { identity: this.assume(credentials), expiresAt: Number.POSITIVE_INFINITY };
    this.entries.set(key, entry);
    entry.identity.then(
      (identity) => { entry.expiresAt = identity.expiration?.getTime() ?? this.now() + SESSION_SECONDS * 1000; },
      () => { if (this.entries.get(key) === entry) this.entries.delete(key); },
    );
    return entry.identity;
  }

  /** The 12-digit account the credentials reach: from the role ARN, or asked of STS once per key pair. */
  accountId(credentials: CloudCredentials): Promise<string> {
    if (credentials.type === 'iam-role') {
      const account = ROLE_ACCOUNT.exec(credentials.roleArn)?.[1];
      if (account) return Promise.resolve(account);
    }
    const key = this.keyOf(credentials);
    let account = this.accounts.get(key);
    if (!account) {
      account = this.callerIdentity(credentials).then((identity) => identity.account);
      account.catch(() => this.accounts.delete(key));
      this.accounts.set(key, account);
    }
    return account;
  }

  /** STS GetCallerIdentity through the credentials (verification; never cached). */
  async callerIdentity(credentials: CloudCredentials): Promise<{ account: string; arn: string }> {
    // Assumed first, on its own: a refused AssumeRole is reported as such, not as a signing failure.
    await this.identity(credentials);
    const sts = this.clients.get('sts', this.settings.region, this.keyOf(credentials), () => this.identity(credentials));
    const answer = await sts.send(new GetCallerIdentityCommand({}));
    return { account: answer.Account ?? '', arn: answer.Arn ?? '' };
  }

  forget(credentials: CloudCredentials): void {
    const key = this.keyOf(credentials);
    this.entries.delete(key);
    this.accounts.delete(key);
  }

  private async assume(credentials: Extract<CloudCredentials, { type: 'iam-role' }>): Promise<AwsCredentialIdentity> {
    // Lifeboat's own identity calls AssumeRole; `base` names the client so it is never shared with a role's.
    const sts = this.clients.get('sts', this.settings.region, 'base', this.settings.baseCredentials);
    const answer = await sts.send(new AssumeRoleCommand({
      RoleArn: credentials.roleArn,
      ExternalId: credentials.externalId,
      RoleSessionName: 'lifeboat',
      DurationSeconds: SESSION_SECONDS,
    }));
    const issued = answer.Credentials;
    if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
      throw Object.assign(new Error('AssumeRole returned no credentials'), { name: 'InvalidClientTokenId' });
    }
    return {
      accessKeyId: issued.AccessKeyId,
      secretAccessKey: issued.SecretAccessKey,
      sessionToken: issued.SessionToken,
      expiration: issued.Expiration,
    };
  }
}
