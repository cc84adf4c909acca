import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { App } from './app/build.ts';
import type { Config } from './platform/config.ts';

// The server (and its SDKs) is loaded only by the server commands, so that client commands start quickly.
const server = async () => {
  const [{ buildApp }, { ConfigError, loadConfig }] = await Promise.all([import('./app/build.ts'), import('./platform/config.ts')]);
  return { buildApp, ConfigError, loadConfig };
};

const USAGE = `Usage: lifeboat <command> [options]

Server commands:
  serve [--no-worker]   Serve the HTTP API (and run the job runner unless --no-worker)
  worker                Run only the job runner (PostgreSQL only)
  migrate               Apply database migrations and exit
  backup --out <file> [--passphrase-file <file>]
                        Write an encrypted backup of the whole catalog (online: the server keeps running)
  restore --from <file> [--passphrase-file <file>] [--force] [--check]
                        Restore a catalog backup onto an empty database (SQLite or PostgreSQL)
  rotate-master-key --new-key-file <file>
                        Seal every secret again under a new master key (audited)
  --version             Print the version

Configuration of the server commands comes from LIFEBOAT_* environment variables (see README.md).
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`lifeboat: ${message}\n`);
  process.exit(code);
}

async function configOrExit(): Promise<Config> {
  const { ConfigError, loadConfig } = await server();
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
    throw error;
  }
}

function stopOnSignals(app: App): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    app.close().then(() => process.exit(0), (error) => {
      app.logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function start(mode: 'serve' | 'serve-no-worker' | 'worker' | 'migrate'): Promise<void> {
  const config = await configOrExit();
  const { buildApp, ConfigError } = await server();
  if ((mode === 'serve-no-worker' || mode === 'worker') && !config.databaseUrl) {
    fail('SQLite runs the API and the job runner in one process (lifeboat serve); set LIFEBOAT_DATABASE_URL=postgres://… to run them apart');
  }
  let app: App;
  try {
    app = await buildApp(config, { api: mode === 'serve' || mode === 'serve-no-worker', worker: mode === 'serve' || mode === 'worker' });
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
    throw error;
  }
  if (mode === 'migrate') {
    await app.close();
    process.stdout.write('lifeboat: migrations applied\n');
    return;
  }
  stopOnSignals(app);
  if (mode === 'worker') {
    app.logger.info('worker started');
    return;
  }
  const address = await app.http.listen({ host: config.host, port: config.port });
  const { isLoopback, readTls } = await import('./platform/http/tls.ts');
  const tlsFiles = config.tls;
  if (tlsFiles) {
    // A renewed certificate is taken on SIGHUP for new connections; open ones keep theirs, nothing is dropped.
    process.on('SIGHUP', () => {
      try {
        (app.http.server as unknown as import('node:tls').Server).setSecureContext(readTls(tlsFiles));
        app.logger.info({ certFile: tlsFiles.certFile }, 'TLS certificate reloaded');
      } catch (error) {
        app.logger.error({ certFile: tlsFiles.certFile, reason: (error as Error).message }, 'TLS certificate not reloaded: the current one stays');
      }
    });
  } else if (!isLoopback(config.host)) {
    const warning = `serving plain HTTP on ${config.host}: tokens and cloud credentials cross the network unencrypted; set LIFEBOAT_TLS_CERT and LIFEBOAT_TLS_KEY to serve HTTPS`;
    app.logger.warn(warning);
    process.stderr.write(`lifeboat: warning: ${warning}\n`);
  }
  const token = config.adminToken
    ? 'the admin token is LIFEBOAT_ADMIN_TOKEN'
    : app.adminTokenFile
      ? `the admin token is in ${app.adminTokenFile}`
      : 'an admin token was issued earlier (set LIFEBOAT_ADMIN_TOKEN to use another)';
  process.stdout.write(
    `Lifeboat is serving on ${address} (${config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}, cloud: ${config.cloud}).\n` +
    `  API reference: ${address}/docs   OpenAPI: ${address}/openapi.json\n` +
    `  Default account: ${app.defaultAccountId}, project: default; ${token}.\n`,
  );
}

const CATALOG_HELP: Record<'backup' | 'restore' | 'rotate-master-key', string> = {
  backup: `Usage: lifeboat backup --out <file> [--passphrase-file <file>]

Writes a consistent snapshot of the whole catalog (every table: connections and their sealed credentials,
assemblies, policies, protection timelines, recoveries, webhooks, service accounts, jobs) while the server runs,
as an encrypted, authenticated archive (AES-256-GCM, in 64 KiB chunks) with a manifest of row counts and the
schema version. The rows are read and sealed a page at a time: memory stays flat whatever the catalog's size.
Without a passphrase the archive is sealed with the master key (LIFEBOAT_MASTER_KEY or <data dir>/master.key)
and needs that key to restore. With --passphrase-file (or LIFEBOAT_BACKUP_PASSPHRASE) it is sealed with a key
derived from the passphrase (scrypt) and carries the master key inside: the passphrase alone restores it.
Either way the archive names the master key its secrets are sealed under by a non-secret id (16 hex characters,
printed here, by restore --check and by rotate-master-key), so that a restore given another key says which.
The database is the server's: LIFEBOAT_DATABASE_URL, else SQLite in LIFEBOAT_DATA_DIR.

Example:
  LIFEBOAT_BACKUP_PASSPHRASE=… lifeboat backup --out /backups/lifeboat-$(date +%F).lbk
`,
  restore: `Usage: lifeboat restore --from <file> [--passphrase-file <file>] [--force] [--check]

Verifies the whole archive (nothing is written if it is altered, truncated or the key or passphrase is wrong),
then restores it onto the configured database (LIFEBOAT_DATABASE_URL, else SQLite in LIFEBOAT_DATA_DIR), which
must be empty unless --force (which replaces everything in it). The archive is read a chunk at a time, twice:
once to check it all, once to put the rows in, in one transaction; then migrations run; jobs that were running at backup time are resumed by the first worker. Run it with the server stopped.
  --check   verify the archive and print its manifest; write nothing

Example:
  LIFEBOAT_DATABASE_URL=postgres://lifeboat@db/lifeboat lifeboat restore --from lifeboat.lbk --passphrase-file pass.txt
`,
  'rotate-master-key': `Usage: lifeboat rotate-master-key --new-key-file <file>

Seals every secret again under the new master key (a file holding 64 hex characters or base64 of 32 bytes)
and records an audit event. Without downtime on PostgreSQL: first restart each node with
LIFEBOAT_MASTER_KEY=<new> and LIFEBOAT_MASTER_KEY_PREVIOUS=<old> (both keys open secrets), run this command
with LIFEBOAT_MASTER_KEY=<old> (or <new> and LIFEBOAT_MASTER_KEY_PREVIOUS=<old>), again until it seals 0 secrets,
then remove LIFEBOAT_MASTER_KEY_PREVIOUS from the nodes. It prints the old and new keys' ids. With the generated <data dir>/master.key the new key is written
there and the old one kept as master.key.previous until you delete it.

Example:
  openssl rand -hex 32 > new.key && lifeboat rotate-master-key --new-key-file new.key
`,
};

function readSecretFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    fail(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** backup, restore and rotate-master-key: they run against the database directly, not through a server. */
async function catalogCommand(command: 'backup' | 'restore' | 'rotate-master-key', args: readonly string[]): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args], strict: true,
      options: {
        out: { type: 'string' }, from: { type: 'string' }, 'passphrase-file': { type: 'string' }, 'new-key-file': { type: 'string' },
        force: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message.split('\n')[0]} (lifeboat ${command} --help)`);
  }
  if (values.help) {
    process.stdout.write(CATALOG_HELP[command]);
    return;
  }
  const allowed: Record<typeof command, string[]> = {
    backup: ['out', 'passphrase-file'], restore: ['from', 'passphrase-file', 'force', 'check'], 'rotate-master-key': ['new-key-file'],
  };
  const stray = Object.keys(values).find((name) => values[name] !== undefined && !allowed[command].includes(name));
  if (stray) fail(`--${stray} is not an option of lifeboat ${command} (lifeboat ${command} --help)`);
  const config = await configOrExit();
  const [catalog, { parseMasterKey, ConfigError }] = await Promise.all([import('./app/catalog-backup.ts'), import('./platform/config.ts')]);
  const passphrase = typeof values['passphrase-file'] === 'string'
    ? readSecretFile(values['passphrase-file'], 'the passphrase file')
    : (process.env.LIFEBOAT_BACKUP_PASSPHRASE || undefined);
  try {
    if (command === 'backup') {
      const out = values.out;
      if (typeof out !== 'string') fail('missing --out <file> (lifeboat backup --help)');
      const summary = await catalog.backupCatalog(config, { out, passphrase });
      const rows = Object.values(summary.manifest).reduce((sum, n) => sum + n, 0);
      const sealed = summary.sealedWith === 'passphrase' ? `sealed with the passphrase; secrets under master key ${summary.masterKeyId}` : `sealed with master key ${summary.masterKeyId}`;
      process.stdout.write(`Backed up ${rows} rows in ${Object.keys(summary.manifest).length} tables (schema ${summary.schemaVersion}) to ${out} (${summary.bytes} bytes, ${sealed}).\n`);
      return;
    }
    if (command === 'restore') {
      const from = values.from;
      if (typeof from !== 'string') fail('missing --from <file> (lifeboat restore --help)');
      if (values.check) {
        const { payload, sealedWith, masterKeyId } = await catalog.verifyArchive(from, config, passphrase);
        process.stdout.write(`${from}: a whole, authentic catalog backup made at ${payload.createdAt} on ${payload.sourceDialect}, schema ${payload.schemaVersion.at(-1)}.\n`);
        process.stdout.write(sealedWith === 'passphrase'
          ? `  sealed with the passphrase; its secrets are under master key ${masterKeyId}\n`
          : `  sealed with master key ${masterKeyId}\n`);
        for (const [table, count] of Object.entries(payload.manifest)) process.stdout.write(`  ${table}: ${count}\n`);
        return;
      }
      const report = await catalog.restoreCatalog(from, config, { passphrase, force: values.force === true });
      process.stdout.write(catalog.restoreNextSteps(report));
      return;
    }
    const keyFile = values['new-key-file'];
    if (typeof keyFile !== 'string') fail('missing --new-key-file <file> (lifeboat rotate-master-key --help)');
    let newKey: Buffer;
    try {
      newKey = parseMasterKey(readSecretFile(keyFile, 'the new key file'), '--new-key-file');
    } catch (error) {
      if (error instanceof ConfigError) fail(error.message);
      throw error;
    }
    const report = await catalog.rotateMasterKey(config, newKey);
    process.stdout.write(
      `Sealed ${report.resealed} secrets again under the new master key (${report.passes} passes); the database now names the new key `
      + `(master key ${report.oldKeyIds.join(', ')} -> ${report.newKeyId}).\n` +
      (report.keyFile
        ? `The new key is in ${report.keyFile} (the old one in ${report.keyFile}.previous: delete it once the server has restarted).\n`
        : report.resealed > 0
          ? 'Next: run this command once more, until it seals 0 secrets (a write that began before this run ended may have put back a secret sealed under the old key);\n'
            + 'then set LIFEBOAT_MASTER_KEY to the new key on every node and remove LIFEBOAT_MASTER_KEY_PREVIOUS (rolling restart).\n'
          : 'Nothing is left under the old key. Next: set LIFEBOAT_MASTER_KEY to the new key on every node and remove LIFEBOAT_MASTER_KEY_PREVIOUS (rolling restart).\n'),
    );
  } catch (error) {
    if (error instanceof catalog.BackupError) fail(error.message, 1);
    throw error;
  }
}

/** The version in the package.json above this file (src/ or dist/server/). */
async function version(): Promise<string> {
  const fs = await import('node:fs');
  for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    try {
      const found = JSON.parse(fs.readFileSync(new URL('package.json', dir), 'utf8')).version;
      if (found) return found; // dist/server's own package.json has none
    } catch {
      // not here: one folder up
    }
  }
  return 'unknown';
}

async function client() {
  const [{ runClient, isClientCommand }, { COMMANDS }, { clientUsage }] = await Promise.all([
    import('./cli/run.ts'), import('./cli/commands/index.ts'), import('./cli/help.ts'),
  ]);
  return { runClient, isClientCommand, COMMANDS, clientUsage };
}

export async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({ args: [...rest], options: { 'no-worker': { type: 'boolean', default: false } }, strict: true });
      return start(values['no-worker'] ? 'serve-no-worker' : 'serve');
    }
    case 'worker':
      parseArgs({ args: [...rest], options: {}, strict: true });
      return start('worker');
    case 'migrate':
      return start('migrate');
    case 'backup':
    case 'restore':
    case 'rotate-master-key':
      return catalogCommand(command, rest);
    case '--version':
    case '-V':
    case 'version':
      // bin/lifeboat.js answers these itself; this is for main() called another way.
      process.stdout.write(`lifeboat ${await version()}\n`);
      return;
    case undefined:
    case 'help':
    case '--help':
    case '-h': {
      const { clientUsage, COMMANDS } = await client();
      process.stdout.write(`${USAGE}\n${clientUsage(COMMANDS)}\n`);
      return;
    }
    default: {
      // Client commands talk to a running server over HTTP, through src/client; loaded only when used.
      const cli = await client();
      if (!cli.isClientCommand(command)) fail(`unknown command "${command}" (lifeboat --help lists them)`);
      process.exitCode = await cli.runClient(argv, { env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
    }
  }
}
