import type { CloudCredentials } from '../provider.ts';
import type { AwsClients, ClientKind, ClientOf } from './clients.ts';
import type { CredentialCache } from './credentials.ts';
import { DEFAULTS, type AwsDriverSettings } from './settings.ts';

export type ResolvedSettings = AwsDriverSettings & {
  readonly maxAttempts: number;
  readonly waitTimeoutMs: number;
  readonly pollMs: { readonly first: number; readonly max: number };
  readonly lookupConcurrency: number;
};

export function resolveSettings(settings: AwsDriverSettings): ResolvedSettings {
  return {
    ...settings,
    maxAttempts: settings.maxAttempts ?? DEFAULTS.maxAttempts,
    waitTimeoutMs: settings.waitTimeoutMs ?? DEFAULTS.waitTimeoutMs,
    pollMs: settings.pollMs ?? DEFAULTS.pollMs,
    lookupConcurrency: settings.lookupConcurrency ?? DEFAULTS.lookupConcurrency,
  };
}

/** One provider call's view of AWS: clients signed as the connection's identity, in any region. */
export interface Session {
  readonly settings: ResolvedSettings;
  client<K extends ClientKind>(kind: K, region: string): ClientOf<K>;
  /** The account the credentials reach. */
  accountId(): Promise<string>;
}

export function openSession(clients: AwsClients, cache: CredentialCache, settings: ResolvedSettings, credentials: CloudCredentials): Session {
  const identityKey = cache.keyOf(credentials);
  const identity = () => cache.identity(credentials);
  return {
    settings,
    client: (kind, region) => clients.get(kind, region, identityKey, identity),
    accountId: () => cache.accountId(credentials),
  };
}
