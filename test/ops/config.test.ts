import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';

/** loadConfig: what an empty environment gives, and a ConfigError naming the variable for each bad value. */
describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      adminToken: undefined,
      masterKey: undefined,
      cloud: 'sim',
      logLevel: 'info',
      simLatencyMs: 0,
      webhookAllowPrivate: false,
      demo: true,
    });
    expect(config.jobLeaseMs).toBeGreaterThan(0);
    expect(config.jobPollMs).toBeGreaterThan(0);
    expect(config.jobConcurrency).toBeGreaterThan(0);
    expect(config.connectivityCheckMs).toBeGreaterThan(0);
    expect(config.awsPrincipalArn).toMatch(/^arn:aws:iam::\d{12}:/);
  });

  it('checks connection groups\' stacks every LIFEBOAT_STACK_CHECK_SECONDS (default 5 minutes)', () => {
    expect(loadConfig({}).stackCheckMs).toBe(300_000);
    expect(loadConfig({ LIFEBOAT_STACK_CHECK_SECONDS: '60' }).stackCheckMs).toBe(60_000);
    expect(loadConfig({ LIFEBOAT_STACK_CHECK_SECONDS: '' }).stackCheckMs).toBe(300_000);
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({
      LIFEBOAT_PORT: '', LIFEBOAT_DATABASE_URL: '', LIFEBOAT_ADMIN_TOKEN: '', LIFEBOAT_MASTER_KEY: '', LIFEBOAT_CLOUD: '',
      LIFEBOAT_LOG_LEVEL: '', LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: '', LIFEBOAT_HOST: '', LIFEBOAT_DATA_DIR: '',
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: undefined, adminToken: undefined, masterKey: undefined, cloud: 'sim', logLevel: 'info', webhookAllowPrivate: false, host: '127.0.0.1' });
  });

  it('reads every documented variable', () => {
    const key = '0123456789abcdef'.repeat(4);
    const config = loadConfig({
      LIFEBOAT_HOST: '0.0.0.0', LIFEBOAT_PORT: '9090', LIFEBOAT_DATA_DIR: '/var/lib/lifeboat',
      LIFEBOAT_DATABASE_URL: 'postgres://lifeboat@db:5432/lifeboat', LIFEBOAT_ADMIN_TOKEN: 'a-long-enough-admin-token',
      LIFEBOAT_MASTER_KEY: key, LIFEBOAT_CLOUD: 'sim', LIFEBOAT_LOG_LEVEL: 'debug', LIFEBOAT_SIM_LATENCY_MS: '250',
      LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0', port: 9090, dataDir: '/var/lib/lifeboat', databaseUrl: 'postgres://lifeboat@db:5432/lifeboat',
      adminToken: 'a-long-enough-admin-token', cloud: 'sim', logLevel: 'debug', simLatencyMs: 250, webhookAllowPrivate: true,
    });
    expect(config.masterKey?.toString('hex')).toBe(key);
    expect(loadConfig({ LIFEBOAT_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') }).masterKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({ LIFEBOAT_DATABASE_URL: 'postgresql://x@y/z' }).databaseUrl).toBe('postgresql://x@y/z');
    expect(loadConfig({ LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'false' }).webhookAllowPrivate).toBe(false);
    expect(loadConfig({ LIFEBOAT_PORT: '65535' }).port).toBe(65535);
    expect(loadConfig({ LIFEBOAT_ADMIN_TOKEN: 'x'.repeat(16) }).adminToken).toBe('x'.repeat(16));
  });

  const bad: Array<[string, string]> = [
    ['LIFEBOAT_PORT', 'abc'],
    ['LIFEBOAT_PORT', '70000'],
    ['LIFEBOAT_PORT', '-1'],
    ['LIFEBOAT_PORT', '80.5'],
    ['LIFEBOAT_DATABASE_URL', 'mysql://x'],
    ['LIFEBOAT_DATABASE_URL', 'not a url'],
    ['LIFEBOAT_CLOUD', 'gcp'],
    ['LIFEBOAT_LOG_LEVEL', 'loud'],
    ['LIFEBOAT_MASTER_KEY', 'short'],
    ['LIFEBOAT_MASTER_KEY', 'ab'.repeat(31)],
    ['LIFEBOAT_ADMIN_TOKEN', 'too-short'],
    ['LIFEBOAT_ADMIN_TOKEN', 'x'.repeat(15)],
    ['LIFEBOAT_WEBHOOK_ALLOW_PRIVATE', 'maybe'],
    ['LIFEBOAT_SIM_LATENCY_MS', 'fast'],
    ['LIFEBOAT_STACK_CHECK_SECONDS', '0'],
    ['LIFEBOAT_STACK_CHECK_SECONDS', 'often'],
    ['LIFEBOAT_HOST', 'bad host!'],
    ['LIFEBOAT_AWS_REGION', 'mars-1'],
    ['LIFEBOAT_AWS_VAULT_REGION', 'US-EAST-1'],
    ['LIFEBOAT_AWS_ENDPOINT_S3', 'ftp://127.0.0.1:21'],
    ['LIFEBOAT_AWS_ENDPOINT_STS', 'not a url'],
    ['LIFEBOAT_AWS_VAULT_BUCKET', 'Upper_Case-{region}'],
    ['LIFEBOAT_AWS_VAULT_BUCKET', `vault-${'x'.repeat(40)}-{account}-{region}`],
  ];
  for (const [variable, value] of bad) {
    it(`throws a ConfigError naming ${variable} for ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)}`, () => {
      let thrown: unknown;
      try {
        loadConfig({ [variable]: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).variable).toBe(variable);
      expect((thrown as ConfigError).message).toContain(variable);
    });
  }

  it('accepts LIFEBOAT_CLOUD=aws with its settings (no demo estate by default)', () => {
    const defaults = loadConfig({ LIFEBOAT_CLOUD: 'aws' });
    expect(defaults).toMatchObject({
      cloud: 'aws', demo: false,
      aws: { region: 'us-east-1', endpoints: {}, vaultBucket: 'lifeboat-vault-{account}-{region}', vaultRegion: 'us-east-1' },
    });
    const custom = loadConfig({
      LIFEBOAT_CLOUD: 'aws', LIFEBOAT_AWS_REGION: 'eu-west-1', LIFEBOAT_AWS_VAULT_BUCKET: 'acme-lifeboat-{account}',
      LIFEBOAT_AWS_ENDPOINT_S3: 'http://127.0.0.1:4568', LIFEBOAT_AWS_ENDPOINT_STS: 'https://sts.example.test', LIFEBOAT_AWS_ENDPOINT_DYNAMODB: '',
    });
    expect(custom.aws).toEqual({
      region: 'eu-west-1', vaultBucket: 'acme-lifeboat-{account}', vaultRegion: 'eu-west-1',
      endpoints: { s3: 'http://127.0.0.1:4568', sts: 'https://sts.example.test' },
    });
    expect(loadConfig({ LIFEBOAT_AWS_VAULT_REGION: 'us-west-2' }).aws.vaultRegion).toBe('us-west-2');
  });

  it('never puts a secret value into the error message', () => {
    for (const [variable, value] of [['LIFEBOAT_ADMIN_TOKEN', 'secret-tok'], ['LIFEBOAT_MASTER_KEY', 'secret-key-material'], ['LIFEBOAT_DATABASE_URL', 'mysql://lifeboat:hunter2@db/lifeboat']]) {
      try {
        loadConfig({ [variable]: value });
        expect.unreachable();
      } catch (error) {
        expect((error as Error).message).not.toContain(value);
      }
    }
  });
});
