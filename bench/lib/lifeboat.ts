import { randomBytes } from 'node:crypto';
import { createBenchDatabase, type BenchDatabase } from './database.ts';
import { startServer, type ServerProcess } from './server.ts';

/** A create body the simulated cloud verifies (the demo role; cf. connectionBody() in test/helpers/app.ts). */
export function connectionBody(name: string): Record<string, unknown> {
  return {
    name,
    description: 'benchmark connection',
    accessMethod: { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess' },
    operationalRegions: ['us-east-1', 'us-west-2'],
    services: ['VPC', 'EC2', 'EBS', 'RDS', 'DynamoDB', 'S3'],
  };
}

export interface ApiResponse<T = any> {
  readonly status: number;
  readonly etag: string | undefined;
  readonly body: T;
}

/** A real Lifeboat process (API and job runner) on a fresh database, and a client for its HTTP API. */
export interface BenchLifeboat {
  readonly server: ServerProcess;
  readonly database: BenchDatabase;
  readonly url: string;
  readonly accountId: number;
  readonly token: string;
  /** /api/v1/accounts/{accountId}/projects/default */
  readonly projectPath: string;
  /** The headers every API call needs (bearer token). */
  readonly authHeaders: Record<string, string>;
  /** One API call; `options.signal` aborts it (the promise then rejects with the signal's reason). */
  request<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>, options?: { signal?: AbortSignal }): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export interface LifeboatOptions {
  /** More LIFEBOAT_* settings for loadConfig. */
  readonly env?: Record<string, string>;
  readonly log?: (message: string) => void;
  /**
   * Runs on the fresh database before the server starts (e.g. seedDatabase in estate.ts to put a large
   * simulated estate in place). The database is dropped if it throws.
   */
  readonly prepare?: (database: BenchDatabase) => Promise<void>;
}

/**
 * Starts Lifeboat in a child process: buildApp with the API and the job runner, SQLite in a fresh temp
 * folder (PostgreSQL in a fresh schema when LIFEBOAT_DATABASE_URL is set), log level warn, no demo
 * connection, the simulated estate seeded, listening on 127.0.0.1:0.
 */
export async function startLifeboat(options: LifeboatOptions = {}): Promise<BenchLifeboat> {
  const database = await createBenchDatabase();
  const token = `bench-${randomBytes(16).toString('hex')}`;
  let server: ServerProcess;
  try {
    await options.prepare?.(database);
    server = await startServer({
      type: 'start',
      kind: 'lifeboat',
      env: {
        LIFEBOAT_DATA_DIR: database.dataDir,
        ...(database.databaseUrl ? { LIFEBOAT_DATABASE_URL: database.databaseUrl } : {}),
        LIFEBOAT_ADMIN_TOKEN: token,
        LIFEBOAT_DEMO: 'false',
        LIFEBOAT_LOG_LEVEL: 'warn',
        ...options.env,
      },
    });
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
  options.log?.(`lifeboat (pid ${server.pid}) on ${server.url}, ${database.dialect}${database.schema ? ` schema ${database.schema}` : ` in ${database.dataDir}`}`);
  const authHeaders = { authorization: `Bearer ${token}` };
  const accountId = server.accountId!;
  let closing: Promise<void> | undefined;
  return {
    server, database, url: server.url, accountId, token, authHeaders,
    projectPath: `/api/v1/accounts/${accountId}/projects/default`,
    async request(method, path, body, headers = {}, options = {}) {
      const response = await fetch(new URL(path, server.url), {
        method,
        signal: options.signal,
        headers: { ...authHeaders, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, etag: response.headers.get('etag') ?? undefined, body: parsed as any };
    },
    close() {
      closing ??= (async () => {
        try {
          await server.close();
        } finally {
          await database.drop();
        }
      })();
      return closing;
    },
  };
}

/** Polls until check returns a value, or throws at the deadline. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Creates the connection and waits until it is verified and its first sync (an inventory of the whole estate) is over. */
export async function connectAndSync(lifeboat: BenchLifeboat, name: string, timeoutMs: number): Promise<number> {
  const base = `${lifeboat.projectPath}/aws/cloud-connections`;
  const created = await lifeboat.request('POST', base, connectionBody(name));
  if (created.status !== 202) throw new Error(`creating connection ${name}: ${created.status} ${JSON.stringify(created.body)}`);
  const id = (created.body as { id: number }).id;
  const settled = await eventually('the connection to be verified and synced', async () => {
    const response = await lifeboat.request('GET', `${base}/${id}`);
    if (response.status !== 200) throw new Error(`GET connection ${id}: ${response.status} ${JSON.stringify(response.body)}`);
    const body = response.body as { connectivityStatus: string; syncStatus: string; syncMessage: string | null };
    if (body.connectivityStatus === 'pending' || body.syncStatus === 'queued' || body.syncStatus === 'running') return undefined;
    return body;
  }, timeoutMs, 100);
  if (settled.syncStatus !== 'idle') throw new Error(`the connection's sync ended ${settled.syncStatus}: ${settled.syncMessage}`);
  return id;
}
