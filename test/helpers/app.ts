import { Writable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type App, type AppOptions } from '../../src/app/build.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { DialectName } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { createTestDatabase, type TestDatabase } from './stores.ts';
import { pollUntil } from './wait.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestApp {
  readonly app: App;
  readonly database: TestDatabase;
  /** Everything the server logged, one JSON line each (to check that no secret is ever written). */
  readonly logs: string[];
  /** The default account (created on first start). */
  readonly accountId: number;
  /** P = /api/v1/accounts/{accountId}/projects/default */
  readonly P: string;
  request(options: InjectOptions & { token?: string | null }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * A whole Lifeboat process on a fresh database of the dialect: real HTTP stack (inject), real job runner
 * (fast polling), simulated cloud with the demo estate but no demo connection (or, with LIFEBOAT_CLOUD=aws
 * in `env`, the AWS driver and no sim).
 */
export async function startTestApp(
  dialect: DialectName, env: Record<string, string> = {}, options: { worker?: boolean } & Pick<AppOptions, 'now' | 'skipTransferStep'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { logs.push(String(chunk)); done(); } });
  const config = loadConfig({
    LIFEBOAT_DATA_DIR: database.dataDir,
    ...(database.databaseUrl ? { LIFEBOAT_DATABASE_URL: database.databaseUrl } : {}),
    LIFEBOAT_ADMIN_TOKEN: ADMIN_TOKEN,
    LIFEBOAT_DEMO: 'false',
    LIFEBOAT_JOB_POLL_MS: '20',
    LIFEBOAT_JOB_LEASE_SECONDS: '5',
    LIFEBOAT_LOG_LEVEL: 'info',
    ...env,
  });
  const app = await buildApp(config, { api: true, worker: options.worker ?? true, logger: createLogger(config.logLevel, sink), now: options.now, skipTransferStep: options.skipTransferStep });
  // With LIFEBOAT_CLOUD=aws there is no simulated cloud to seed.
  await app.sim?.seedDemoEstate();
  const accountId = app.defaultAccountId;
  return {
    app, database, logs, accountId,
    P: `/api/v1/accounts/${accountId}/projects/default`,
    request({ token, ...rest }) {
      const headers = { ...(rest.headers ?? {}) } as Record<string, string>;
      if (token !== null) headers.authorization = `Bearer ${token ?? ADMIN_TOKEN}`;
      return app.http.inject({ ...rest, headers });
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Polls until check returns a value (see pollUntil). */
export function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  return pollUntil(what, check, { timeoutMs });
}

export const DEMO_ROLE = 'arn:aws:iam::111111111111:role/LifeboatAccess';

/** A valid create body, with overrides. */
export function connectionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'prod-aws',
    description: 'production',
    accessMethod: { type: 'iam-role', roleArn: DEMO_ROLE },
    operationalRegions: ['us-east-1', 'us-west-2'],
    services: ['VPC', 'EC2', 'EBS', 'RDS', 'DynamoDB', 'S3'],
    ...overrides,
  };
}
