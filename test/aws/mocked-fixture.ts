import { HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Client } from '@smithy/types';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import { afterAll, beforeEach } from 'vitest';
import { AwsCloud, type AwsDriverSettings } from '../../src/cloud/aws/index.ts';
import type { CloudCredentials, RecreateRequest } from '../../src/cloud/provider.ts';

/** The account every mocked STS answers for. */
export const ACCOUNT = '111111111111';
export const KEYS: CloudCredentials = { type: 'access-key', accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'super-secret-key-material' };

/** The driver under test: one attempt a call and millisecond polls, so a missing stub fails at once instead of backing off. */
export const SETTINGS: AwsDriverSettings = {
  region: 'us-east-1', endpoints: {}, vaultBucket: 'vault-{account}-{region}', vaultRegion: 'us-east-1', baseCredentials: KEYS,
  maxAttempts: 1, waitTimeoutMs: 1_000, pollMs: { first: 1, max: 2 },
};

/** An SDK exception as AWS throws it: the error code in `name`, the HTTP status in `$metadata`. */
export const awsError = (name: string, { message = name, status = 400 } = {}) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

/** What the index-th recorded call of a command was sent. */
export const input = <T>(calls: Array<{ args: [{ input: T }] }>, index = 0) => calls[index]!.args[0].input;

type ClientClass = { prototype: Client<any, any, any> };
type Stubs<C> = { [K in keyof C]: C[K] extends { prototype: infer T } ? AwsClientStub<T> : never };

/** Stubs each client's send for this test file: the stubs forget behaviour and calls before each test, and the real send is back after the file. */
export function mockAws<C extends Record<string, ClientClass>>(clients: C): Stubs<C> {
  const stubs = Object.fromEntries(Object.entries(clients).map(([name, client]) => [name, mockClient(client)])) as Stubs<C>;
  const all = Object.values<{ reset(): unknown; restore(): void }>(stubs);
  beforeEach(() => all.forEach((stub) => stub.reset()));
  afterAll(() => all.forEach((stub) => stub.restore()));
  return stubs;
}

export interface MockedCloudOptions {
  /** Where this file's driver differs from SETTINGS (undefined: the driver's own default); a function is asked before each test. */
  readonly settings?: Partial<AwsDriverSettings> | (() => Partial<AwsDriverSettings>);
  /** HeadBucket and PutObject answer, so the vault is there and writable (default); false leaves S3 to the file. */
  readonly vault?: boolean;
  /** What `recreate` fills in that a test leaves out, over a recovery rec-1 into us-west-2 with nothing else. */
  readonly recreateDefaults?: Partial<RecreateRequest>;
}

type Recreate = (request: Partial<RecreateRequest> & { type: string; sourceResourceId: string }) => ReturnType<AwsCloud['recreate']>;

/**
 * STS, S3 and the given clients mocked, and a driver built afresh before each test (the driver caches sessions and
 * the vaults it has checked, which must not leak from one test to the next). The caller's own beforeEach runs after
 * this one, so its stubs override the defaults here.
 */
export function useMockedCloud<C extends Record<string, ClientClass>>(clients: C, options: MockedCloudOptions = {}) {
  const { sts, s3 } = mockAws({ sts: STSClient, s3: S3Client });
  const stubs = mockAws(clients);
  let current: AwsCloud | undefined;
  beforeEach(() => {
    current?.close();
    const { settings } = options;
    current = new AwsCloud({ ...SETTINGS, ...(typeof settings === 'function' ? settings() : settings) });
    sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT });
    if (options.vault === false) return;
    s3.on(HeadBucketCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
  });
  afterAll(() => current?.close());

  // The tests read `cloud` as a plain value; it forwards to the driver of the running test.
  const cloud = new Proxy({} as AwsCloud, {
    get: (_, key) => {
      const value: unknown = Reflect.get(current!, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  const base = { region: 'us-west-2', recoveryId: 'rec-1', name: 'x', tags: {}, dependencies: [], configuration: {}, ...options.recreateDefaults };
  const recreate: Recreate = (request) => cloud.recreate(KEYS, { ...base, ...request });
  return { ...stubs, sts, s3, cloud, recreate };
}
