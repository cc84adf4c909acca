import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AwsConfig } from '../../platform/config.ts';

/** What the AWS driver is built with: the validated config plus a few knobs with safe defaults. */
export interface AwsDriverSettings extends AwsConfig {
  /**
   * Lifeboat's own identity, which assumes the connections' roles. Absent: the SDK's default chain
   * (environment, shared files, ECS/EC2 instance roles), the way any AWS tool finds its credentials.
   */
  readonly baseCredentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Attempts per call, adaptive retry included (SDK default 3; throttled control planes need more). */
  readonly maxAttempts?: number;
  /** How long a snapshot, copy or restore is waited for before the call gives up (the step is retried later). */
  readonly waitTimeoutMs?: number;
  /** First and longest pause between two polls of a resource being made. */
  readonly pollMs?: { readonly first: number; readonly max: number };
  /** Per-resource look-ups one discovery page makes at once (tags, attributes, locations). */
  readonly lookupConcurrency?: number;
  /** Validators may GET private and loopback addresses (an internal load balancer reached over a VPN); default false. */
  readonly probeAllowPrivate?: boolean;
}

export const DEFAULTS = {
  maxAttempts: 6,
  waitTimeoutMs: 6 * 60 * 60 * 1000,
  pollMs: { first: 2_000, max: 60_000 },
  lookupConcurrency: 8,
} as const;
