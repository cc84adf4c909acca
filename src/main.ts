import { parseArgs } from 'node:util';
import { buildApp, type App } from './app/build.ts';
import { ConfigError, loadConfig, type Config } from './platform/config.ts';

const USAGE = `Usage: lifeboat <command> [options]

Server commands:
  serve [--no-worker]   Serve the HTTP API (and run the job runner unless --no-worker)
  worker                Run only the job runner (PostgreSQL only)
  migrate               Apply database migrations and exit

Simulated cloud:
  sim deploy-stack <deployment_template_url> [--fail-accounts …] [--delete]
                        Play CloudFormation for a connection group (see --help)

Configuration comes from LIFEBOAT_* environment variables (see README.md).
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`lifeboat: ${message}\n`);
  process.exit(code);
}

function configOrExit(): Config {
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
  const config = configOrExit();
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
    case 'sim': {
      // Client commands talk to a running server over HTTP; loaded only when used.
      if (rest[0] !== 'deploy-stack') fail(`unknown command "sim ${rest[0] ?? ''}" (try: lifeboat sim deploy-stack --help)`);
      const { simDeployStack } = await import('./cli/sim-deploy-stack.ts');
      process.exitCode = await simDeployStack(rest.slice(1));
      return;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return;
    default:
      fail(`unknown command "${command}"\n\n${USAGE}`);
  }
}
