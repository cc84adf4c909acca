import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EFSClient } from '@aws-sdk/client-efs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { RDSClient } from '@aws-sdk/client-rds';
import { Route53Client } from '@aws-sdk/client-route-53';
import { S3Client } from '@aws-sdk/client-s3';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AwsEndpointService } from '../../platform/config.ts';

const CLIENTS = {
  sts: STSClient, ec2: EC2Client, rds: RDSClient, dynamodb: DynamoDBClient, s3: S3Client, lambda: LambdaClient,
  sqs: SQSClient, sns: SNSClient, route53: Route53Client, efs: EFSClient, elb: ElasticLoadBalancingV2Client,
  cloudformation: CloudFormationClient, kms: KMSClient, servicequotas: ServiceQuotasClient,
} satisfies Record<AwsEndpointService, unknown>;

export type ClientKind = keyof typeof CLIENTS;
export type ClientOf<K extends ClientKind> = InstanceType<(typeof CLIENTS)[K]>;

/**
 * The SDK's logger receives request and response objects, which can hold signed headers and temporary
 * credentials: the driver gives every client one that writes nothing.
 */
export const SILENT_LOGGER = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

/** Clients kept at once; each holds an HTTP agent, so the oldest is destroyed past this. */
const MAX_CLIENTS = 256;

export interface ClientOptions {
  readonly endpoints: Readonly<Partial<Record<AwsEndpointService, string>>>;
  readonly maxAttempts: number;
}

/**
 * SDK clients per (service, region, identity), reused across calls. Every client retries in the SDK's
 * adaptive mode (token bucket plus client-side rate limiting on throttling), logs nothing and, when
 * an endpoint override is configured for its service, talks to it (path-style for S3).
 */
export class AwsClients {
  private readonly cache = new Map<string, { destroy(): void }>();

  constructor(private readonly options: ClientOptions) {}

  /** identityKey names the credentials without holding them (see CredentialCache.keyOf). */
  get<K extends ClientKind>(
    kind: K,
    region: string,
    identityKey: string,
    credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined,
  ): ClientOf<K> {
    const key = `${kind}|${region}|${identityKey}`;
    const cached = this.cache.get(key);
    if (cached) return cached as ClientOf<K>;
    const endpoint = this.options.endpoints[kind];
    const Client = CLIENTS[kind] as unknown as new (config: Record<string, unknown>) => ClientOf<K>;
    const client = new Client({
      region,
      ...(credentials ? { credentials } : {}),
      ...(endpoint ? { endpoint } : {}),
      ...(kind === 's3' && endpoint ? { forcePathStyle: true } : {}),
      maxAttempts: this.options.maxAttempts,
      retryMode: 'adaptive',
      logger: SILENT_LOGGER,
      requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
    });
    if (this.cache.size >= MAX_CLIENTS) {
      const [oldestKey, oldest] = this.cache.entries().next().value as [string, { destroy(): void }];
      this.cache.delete(oldestKey);
      oldest.destroy();
    }
    this.cache.set(key, client);
    return client;
  }

  /** Drops the clients of one identity (a connection being released). */
  forget(identityKey: string): void {
    for (const [key, client] of this.cache) {
      if (key.endsWith(`|${identityKey}`)) {
        this.cache.delete(key);
        client.destroy();
      }
    }
  }

  destroy(): void {
    for (const client of this.cache.values()) client.destroy();
    this.cache.clear();
  }
}
