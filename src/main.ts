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
