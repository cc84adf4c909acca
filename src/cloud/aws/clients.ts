import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AwsEndpointService } from '../../platform/config.ts';

/**
 * Each AWS SDK client package, imported on first use. A package holds its client and every command, and loading
 * one costs 40–250 ms of CPU and up to ≈25 MiB (EC2 the most); importing all fourteen statically cost the driver
 * 1.4–1.9 s of CPU and ≈115 MiB before its first call (measured 2026-12-04 on the loaded 2-core machine:
 * `import()` of the driver's chunk, +113–116 MiB RSS), most of it for services a connection may never use.
 */
const LOADERS = {
  sts: () => import('@aws-sdk/client-sts'),
  ec2: () => import('@aws-sdk/client-ec2'),
  rds: () => import('@aws-sdk/client-rds'),
  dynamodb: () => import('@aws-sdk/client-dynamodb'),
  s3: () => import('@aws-sdk/client-s3'),
  lambda: () => import('@aws-sdk/client-lambda'),
  sqs: () => import('@aws-sdk/client-sqs'),
  sns: () => import('@aws-sdk/client-sns'),
  route53: () => import('@aws-sdk/client-route-53'),
  efs: () => import('@aws-sdk/client-efs'),
  elb: () => import('@aws-sdk/client-elastic-load-balancing-v2'),
  cloudformation: () => import('@aws-sdk/client-cloudformation'),
  kms: () => import('@aws-sdk/client-kms'),
  servicequotas: () => import('@aws-sdk/client-service-quotas'),
} satisfies Record<AwsEndpointService, () => Promise<unknown>>;

/** The class each package exports for its client. */
const CLIENT_CLASS = {
  sts: 'STSClient', ec2: 'EC2Client', rds: 'RDSClient', dynamodb: 'DynamoDBClient', s3: 'S3Client', lambda: 'LambdaClient',
  sqs: 'SQSClient', sns: 'SNSClient', route53: 'Route53Client', efs: 'EFSClient', elb: 'ElasticLoadBalancingV2Client',
  cloudformation: 'CloudFormationClient', kms: 'KMSClient', servicequotas: 'ServiceQuotasClient',
} as const satisfies { [K in AwsEndpointService]: keyof Awaited<ReturnType<(typeof LOADERS)[K]>> };

export type ClientKind = keyof typeof LOADERS;
type SdkModule<K extends ClientKind> = Awaited<ReturnType<(typeof LOADERS)[K]>>;
type CommandName<K extends ClientKind> = Extract<keyof SdkModule<K>, `${string}Command`>;

const loaded = new Map<ClientKind, Promise<Record<string, unknown>>>();

/** The SDK package of one service, imported once (a failed import is retried on the next call). */
function sdk(kind: ClientKind): Promise<Record<string, unknown>> {
  let module = loaded.get(kind);
  if (!module) {
    module = (LOADERS[kind]() as Promise<Record<string, unknown>>);
    module.catch(() => loaded.delete(kind));
    loaded.set(kind, module);
  }
  return module;
}

/**
 * A command built before its package is loaded: the service, the command's class name and its input. The lazy
 * client's send turns it into the SDK's own command (the same class, so aws-sdk-client-mock's `on(XCommand)`
 * matches) once the package is there.
 */
export class DeferredCommand<Input, Output> {
  declare readonly __output?: Output;
  constructor(readonly kind: ClientKind, readonly name: string, readonly input: Input) {}
}

type Deferred<C> = C extends abstract new (...args: any[]) => {
  readonly input: infer I;
  resolveMiddleware(...args: any[]): (...args: any[]) => Promise<{ output: infer O }>;
} ? new (...input: {} extends I ? [I?] : [I]) => DeferredCommand<I, O> : never;
export type LazyCommands<K extends ClientKind> = { readonly [N in CommandName<K>]: Deferred<SdkModule<K>[N]> };

const commandTables = new Map<ClientKind, unknown>();

/**
 * The commands of one service, usable at once without importing its package: `const { DescribeVolumesCommand } =
 * commandsOf('ec2')` and then `new DescribeVolumesCommand(input)` as with the SDK's class, sent by a client of
 * `AwsClients.get`.
 */
export function commandsOf<K extends ClientKind>(kind: K): LazyCommands<K> {
  let table = commandTables.get(kind);
  if (!table) {
    const classes = new Map<string, unknown>();
    table = new Proxy({}, {
      get(_target, name: string | symbol) {
        if (typeof name !== 'string') return undefined;
        const commandName = name;
        let Class = classes.get(name);
        if (!Class) {
          Class = class {
            constructor(input: unknown) {
              return new DeferredCommand(kind, commandName, input ?? {});
            }
          };
          classes.set(name, Class);
        }
        return Class;
      },
    });
    commandTables.set(kind, table);
  }
  return table as LazyCommands<K>;
}

/** What the driver's code sees of a client: send, which loads the package and builds the SDK client on first use. */
export interface LazyClient<K extends ClientKind> {
  readonly kind: K;
  send<I, O>(command: DeferredCommand<I, O>, options?: { abortSignal?: AbortSignal }): Promise<O>;
}
export type ClientOf<K extends ClientKind> = LazyClient<K>;
export type EC2Client = LazyClient<'ec2'>;
export type RDSClient = LazyClient<'rds'>;
export type DynamoDBClient = LazyClient<'dynamodb'>;
export type S3Client = LazyClient<'s3'>;
export type LambdaClient = LazyClient<'lambda'>;
export type SQSClient = LazyClient<'sqs'>;
export type SNSClient = LazyClient<'sns'>;
export type Route53Client = LazyClient<'route53'>;
export type EFSClient = LazyClient<'efs'>;
export type ElasticLoadBalancingV2Client = LazyClient<'elb'>;
export type CloudFormationClient = LazyClient<'cloudformation'>;
export type KMSClient = LazyClient<'kms'>;
export type ServiceQuotasClient = LazyClient<'servicequotas'>;
export type STSClient = LazyClient<'sts'>;

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

interface SdkClient {
  send(command: unknown, options?: unknown): Promise<unknown>;
  destroy(): void;
}

class Lazy<K extends ClientKind> implements LazyClient<K> {
  private client: SdkClient | undefined;

  constructor(readonly kind: K, private readonly make: (module: Record<string, unknown>) => SdkClient) {}

  async send<I, O>(command: DeferredCommand<I, O>, options?: { abortSignal?: AbortSignal }): Promise<O> {
    if (command.kind !== this.kind) throw new Error(`${command.name} is not a command of ${this.kind}`);
    const module = await sdk(this.kind);
    this.client ??= this.make(module);
    const Command = module[command.name] as new (input: unknown) => unknown;
    return (await this.client.send(new Command(command.input), options)) as O;
  }

  destroy(): void {
    this.client?.destroy();
  }
}

/**
 * SDK clients per (service, region, identity), reused across calls. Every client retries in the SDK's
 * adaptive mode (token bucket plus client-side rate limiting on throttling), logs nothing and, when
 * an endpoint override is configured for its service, talks to it (path-style for S3). A service's
 * package is imported, and its client built, on the first call that needs them.
 */
export class AwsClients {
  private readonly cache = new Map<string, Lazy<ClientKind>>();

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
    if (cached) return cached as unknown as ClientOf<K>;
    const endpoint = this.options.endpoints[kind];
    const client = new Lazy(kind, (module) => {
      const Client = module[CLIENT_CLASS[kind]] as new (config: Record<string, unknown>) => SdkClient;
      return new Client({
        region,
        ...(credentials ? { credentials } : {}),
        ...(endpoint ? { endpoint } : {}),
        ...(kind === 's3' && endpoint ? { forcePathStyle: true } : {}),
        maxAttempts: this.options.maxAttempts,
        retryMode: 'adaptive',
        logger: SILENT_LOGGER,
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
      });
    });
    if (this.cache.size >= MAX_CLIENTS) {
      const [oldestKey, oldest] = this.cache.entries().next().value as [string, Lazy<ClientKind>];
      this.cache.delete(oldestKey);
      oldest.destroy();
    }
    this.cache.set(key, client as unknown as Lazy<ClientKind>);
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
