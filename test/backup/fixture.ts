// Set-up of the catalog backup tests: a Lifeboat process on a database that already exists (a restored one),
// and a fresh empty database's configuration.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { backupCatalog, type BackupSummary } from '../../src/app/catalog-backup.ts';
import { buildApp } from '../../src/app/build.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { ADMIN_TOKEN, eventually, type TestApp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/stores.ts';

/** The configuration a command (backup, restore, rotate-master-key) or a server gets for a test database. */
export function configFor(database: TestDatabase, env: Record<string, string> = {}): Config {
  return loadConfig({
    LIFEBOAT_DATA_DIR: database.dataDir,
    ...(database.databaseUrl ? { LIFEBOAT_DATABASE_URL: database.databaseUrl } : {}),
    LIFEBOAT_ADMIN_TOKEN: ADMIN_TOKEN,
    LIFEBOAT_DEMO: 'false',
    LIFEBOAT_JOB_POLL_MS: '20',
    LIFEBOAT_JOB_LEASE_SECONDS: '5',
    LIFEBOAT_LOG_LEVEL: 'info',
    ...env,
  });
}

/** A whole Lifeboat process (API and worker) on an existing database; close() stops it and drops the database. */
export async function startOn(database: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { logs.push(String(chunk)); done(); } });
  const config = configFor(database, env);
  const app = await buildApp(config, { api: true, worker: true, logger: createLogger(config.logLevel, sink) });
  return {
    app, database, logs, accountId: app.defaultAccountId,
    P: `/api/v1/accounts/${app.defaultAccountId}/projects/default`,
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

/** `lifeboat backup` into a scratch file, read back as bytes (for tests that cut or alter it). */
export async function backupBytes(config: Config, options: { passphrase?: string } = {}): Promise<{ archive: Buffer; summary: BackupSummary }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-backup-'));
  try {
    const out = path.join(dir, 'catalog.lbk');
    const summary = await backupCatalog(config, { ...options, out });
    return { archive: fs.readFileSync(out), summary };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Verifies a connection and waits for the outcome: "success" only if its sealed secret opened. */
export async function verifies(t: TestApp, id: number): Promise<string> {
  const res = await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections/${id}/verify` });
  if (res.statusCode !== 202) throw new Error(`verify ${id}: ${res.statusCode} ${res.body}`);
  return eventually(async () => {
    const c = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${id}` })).json();
    return c.connectivityStatus === 'pending' ? undefined : c.connectivityStatus as string;
  }, 15_000, `connection ${id} verified`);
}
