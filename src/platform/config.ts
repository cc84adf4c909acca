import fs from 'node:fs';
import path from 'node:path';

/** The whole configuration of a Lifeboat process, validated once at start-up and passed down. */
export interface Config {
  readonly host: string;
  readonly port: number;
  /** Where SQLite's file, the generated master key and the admin token live. */
  readonly dataDir: string;
  /** postgres://… to run on PostgreSQL; undefined means the embedded SQLite file. */
  readonly databaseUrl: string | undefined;
  /** When set, accepted as the instance admin token (nothing is generated). */
  readonly adminToken: string | undefined;
  /** 32 bytes (64 hex characters or base64); undefined means generate one into the data dir. */
  readonly masterKey: Buffer | undefined;
  /** LIFEBOAT_MASTER_KEY_PREVIOUS: during a master key rotation, the old key, still accepted for opening secrets. */
  readonly masterKeyPrevious: Buffer | undefined;
  /** Scheduled catalog backups (LIFEBOAT_CATALOG_BACKUP_*); undefined when neither a folder nor a bucket is set. */
  readonly catalogBackup: CatalogBackupConfig | undefined;
  readonly cloud: 'sim' | 'aws';
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** LIFEBOAT_LOG_FORMAT: pretty (one readable line per event) or json (one JSON object per line); auto: pretty on a terminal, json otherwise. */
  readonly logFormat: 'pretty' | 'json' | 'auto';
  /** Simulated cloud: delay of each cloud call. */
  readonly simLatencyMs: number;
  /** Lets webhooks use plain http and reach loopback and private addresses. */
  readonly webhookAllowPrivate: boolean;
  /** Seed the simulated demo estate and a demo connection on first start. */
  readonly demo: boolean;
  /** How long a worker holds a claimed job before another may reclaim it. */
  readonly jobLeaseMs: number;
  /** How often a worker looks for due jobs when nothing woke it. */
  readonly jobPollMs: number;
  /** Jobs one worker process runs at once. */
  readonly jobConcurrency: number;
  /** Interval of the scheduled connectivity re-check of enabled connections. */
  readonly connectivityCheckMs: number;
  /** How often a worker starts due automatic resets (resetAfterMinutes) and re-checks stalled ones. */
  readonly resetSweepMs: number;
  /** How often connection groups whose stack has not reported are checked through CloudFormation DescribeStacks. */
  readonly stackCheckMs: number;
  /** The IAM principal that Lifeboat's role templates trust. */
  readonly awsPrincipalArn: string;
  /** The real AWS driver's settings (used when cloud is `aws`). */
  readonly aws: AwsConfig;
  /** Limits on failed authentications (brute force). */
  readonly authLimit: AuthLimitSettings;
  /** LIFEBOAT_TLS_CERT and LIFEBOAT_TLS_KEY: serve HTTPS with these PEM files (both or neither); else plain HTTP. */
  readonly tls: { readonly certFile: string; readonly keyFile: string } | undefined;
  /** LIFEBOAT_OIDC_*: single sign-on through an OpenID Connect provider; undefined = bearer tokens only. */
  readonly sso: SsoConfig | undefined;
  /** How long a signed-in person's session lasts. */
  readonly sessions: SessionSettings;
  /** LIFEBOAT_PUBLIC_URL: the address people reach the server at (the SSO redirect URI is built on it); undefined = the request's own. */
  readonly publicUrl: string | undefined;
}

/** What a value of the roles claim grants: one role in one account, optionally limited to some projects. */
export interface SsoRoleGrant {
  /** The account's name (or its numeric id). */
  readonly account: string;
  readonly role: 'admin' | 'operator' | 'viewer';
  /** Project ids the person is limited to; absent = every project of the account. */
  readonly projects: readonly string[] | null;
}

export interface SsoConfig {
  /** LIFEBOAT_OIDC_ISSUER: the provider's issuer URL (its discovery document is read from it). */
  readonly issuer: string;
  /** LIFEBOAT_OIDC_CLIENT_ID */
  readonly clientId: string;
  /** LIFEBOAT_OIDC_CLIENT_SECRET; undefined = a public client (PKCE alone). */
  readonly clientSecret: string | undefined;
  /** LIFEBOAT_OIDC_ROLES_CLAIM (default `groups`): the ID token claim whose values are looked up in the role map. */
  readonly rolesClaim: string;
  /** LIFEBOAT_OIDC_ROLE_MAP (JSON) or LIFEBOAT_OIDC_ROLE_MAP_FILE: claim value -> grant, in the order written. */
  readonly roleMap: ReadonlyMap<string, SsoRoleGrant>;
}

export interface SessionSettings {
  /** LIFEBOAT_SESSION_IDLE_MINUTES (default 60), in ms: a session unused this long is over. */
  readonly idleMs: number;
  /** LIFEBOAT_SESSION_MAX_HOURS (default 12), in ms: no session outlives this, used or not. */
  readonly maxMs: number;
}

/** Where and when the server backs up its own catalog (see README "Backing up Lifeboat"). */
export interface CatalogBackupConfig {
  /** LIFEBOAT_CATALOG_BACKUP_DIR: a folder the archives are written to. */
  readonly dir: string | undefined;
  /** LIFEBOAT_CATALOG_BACKUP_S3=s3://bucket/prefix: a bucket the archives are put in (AWS driver only). */
  readonly s3: { readonly bucket: string; readonly prefix: string; readonly region: string } | undefined;
  /** LIFEBOAT_CATALOG_BACKUP_SCHEDULE: a 5-field cron expression in UTC; default every 6 hours. */
  readonly schedule: string;
  /** LIFEBOAT_CATALOG_BACKUP_KEEP: archives kept per target; older ones are deleted. */
  readonly keep: number;
  /** LIFEBOAT_BACKUP_PASSPHRASE: seal the archives with a passphrase instead of the master key. */
  readonly passphrase: string | undefined;
}

/** How many failed authentications are allowed per window, per presented credential and per source address. */
export interface AuthLimitSettings {
  /** LIFEBOAT_AUTH_FAILURE_LIMIT: failures one credential (token, access key, connection group) may make. */
  readonly keyLimit: number;
  /** LIFEBOAT_AUTH_SOURCE_FAILURE_LIMIT: failures one source address may make. */
  readonly sourceLimit: number;
  /** LIFEBOAT_AUTH_FAILURE_WINDOW_SECONDS, in ms: the window the limits are counted over. */
  readonly windowMs: number;
}

/** Settings of the AWS driver: where its calls go and where S3 data is vaulted. */
export interface AwsConfig {
  /** The region of STS and of account-wide calls (LIFEBOAT_AWS_REGION). */
  readonly region: string;
  /** Per-service endpoint overrides (LIFEBOAT_AWS_ENDPOINT_<SERVICE>), for AWS-compatible servers. */
  readonly endpoints: Readonly<Partial<Record<AwsEndpointService, string>>>;
  /** The vault bucket's name; `{account}` and `{region}` are filled in (LIFEBOAT_AWS_VAULT_BUCKET). */
  readonly vaultBucket: string;
  /** Where the vault bucket lives when its name has no `{region}` (LIFEBOAT_AWS_VAULT_REGION). */
  readonly vaultRegion: string;
}

export const AWS_ENDPOINT_SERVICES = [
  'sts', 'ec2', 'rds', 'dynamodb', 's3', 'lambda', 'sqs', 'sns', 'route53', 'efs', 'elb', 'cloudformation', 'kms', 'servicequotas',
] as const;
export type AwsEndpointService = (typeof AWS_ENDPOINT_SERVICES)[number];

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

/** Parses a 32-byte key given as 64 hex characters or as base64. */
export function parseMasterKey(raw: string, variable = 'LIFEBOAT_MASTER_KEY'): Buffer {
  const trimmed = raw.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(trimmed)) {
    const key = Buffer.from(trimmed, 'base64');
    if (key.length === 32) return key;
  }
  throw new ConfigError(variable, 'must be 32 bytes, written as 64 hex characters or base64');
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.LIFEBOAT_DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('LIFEBOAT_DATABASE_URL', 'is not a URL (expected postgres://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('LIFEBOAT_DATABASE_URL', `must start with postgres:// (leave it unset for SQLite), got "${url.protocol}//"`);
  }
  return raw;
}

const AWS_REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d$/;

function awsRegion(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!AWS_REGION_NAME.test(raw)) throw new ConfigError(name, `is not an AWS region name, got "${raw}"`);
  return raw;
}

function awsConfig(env: Env): AwsConfig {
  const region = awsRegion(env, 'LIFEBOAT_AWS_REGION', 'us-east-1');
  const endpoints: Partial<Record<AwsEndpointService, string>> = {};
  for (const service of AWS_ENDPOINT_SERVICES) {
    const name = `LIFEBOAT_AWS_ENDPOINT_${service.toUpperCase()}`;
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new ConfigError(name, `must be an http(s) URL, got "${raw}"`);
    endpoints[service] = raw;
  }
  const vaultBucket = env.LIFEBOAT_AWS_VAULT_BUCKET || 'lifeboat-vault-{account}-{region}';
  // Checked with the longest values the placeholders take (12 digits, 14-character region).
  const longest = vaultBucket.replaceAll('{account}', '000000000000').replaceAll('{region}', 'ap-southeast-1');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(longest)) {
    throw new ConfigError('LIFEBOAT_AWS_VAULT_BUCKET', `must give an S3 bucket name (3-63 of a-z 0-9 . -, {account} and {region} filled in), got "${vaultBucket}"`);
  }
  return { region, endpoints, vaultBucket, vaultRegion: awsRegion(env, 'LIFEBOAT_AWS_VAULT_REGION', region) };
}

function catalogBackup(env: Env, cloud: 'sim' | 'aws', region: string): CatalogBackupConfig | undefined {
  const dir = env.LIFEBOAT_CATALOG_BACKUP_DIR || undefined;
  const rawS3 = env.LIFEBOAT_CATALOG_BACKUP_S3 || undefined;
  let s3: CatalogBackupConfig['s3'];
  if (rawS3) {
    const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(rawS3);
    if (!match) throw new ConfigError('LIFEBOAT_CATALOG_BACKUP_S3', `must be s3://bucket/prefix, got "${rawS3}"`);
    if (cloud !== 'aws') throw new ConfigError('LIFEBOAT_CATALOG_BACKUP_S3', 'needs the AWS driver (LIFEBOAT_CLOUD=aws); use LIFEBOAT_CATALOG_BACKUP_DIR otherwise');
    const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
    s3 = { bucket: match[1]!, prefix: prefix ? `${prefix}/` : '', region: awsRegion(env, 'LIFEBOAT_CATALOG_BACKUP_S3_REGION', region) };
  }
  const schedule = env.LIFEBOAT_CATALOG_BACKUP_SCHEDULE || '0 */6 * * *';
  if (!/^\S+( \S+){4}$/.test(schedule.trim())) throw new ConfigError('LIFEBOAT_CATALOG_BACKUP_SCHEDULE', `must be a 5-field cron expression (minute hour day month weekday, UTC), got "${schedule}"`);
  const passphrase = env.LIFEBOAT_BACKUP_PASSPHRASE || undefined;
  if (passphrase !== undefined && passphrase.length < 8) throw new ConfigError('LIFEBOAT_BACKUP_PASSPHRASE', 'must be at least 8 characters');
  const keep = integer(env, 'LIFEBOAT_CATALOG_BACKUP_KEEP', 14, 1, 10_000);
  if (!dir && !s3) return undefined;
  return { dir: dir ? path.resolve(dir) : undefined, s3, schedule: schedule.trim(), keep, passphrase };
}

const SSO_ROLES = ['admin', 'operator', 'viewer'] as const;

/** The role map: `{"<claim value>": {"account": "<name>", "role": "admin|operator|viewer", "projects": ["<id>", …]}}`. */
export function parseRoleMap(raw: string, variable: string): ReadonlyMap<string, SsoRoleGrant> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(variable, 'is not JSON (expected {"<claim value>": {"account": "…", "role": "admin|operator|viewer", "projects": […]}})');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(variable, 'must be a JSON object of claim value -> {account, role, projects}');
  const map = new Map<string, SsoRoleGrant>();
  for (const [value, grant] of Object.entries(parsed as Record<string, unknown>)) {
    const where = `entry "${value}"`;
    if (typeof grant !== 'object' || grant === null || Array.isArray(grant)) throw new ConfigError(variable, `${where} must be an object {account, role, projects}`);
    const { account, role, projects, ...rest } = grant as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) throw new ConfigError(variable, `${where} has an unknown field "${unknown[0]}" (allowed: account, role, projects)`);
    if (!(typeof account === 'string' && account.length > 0) && !(typeof account === 'number' && Number.isSafeInteger(account) && account > 0)) {
      throw new ConfigError(variable, `${where}: account must be an account's name or id`);
    }
    if (!SSO_ROLES.includes(role as never)) throw new ConfigError(variable, `${where}: role must be one of ${SSO_ROLES.join(', ')}, got ${JSON.stringify(role)}`);
    if (projects !== undefined && projects !== null
      && !(Array.isArray(projects) && projects.length > 0 && projects.every((p) => typeof p === 'string' && /^[a-z0-9][a-z0-9-]{1,62}$/.test(p)))) {
      throw new ConfigError(variable, `${where}: projects must be a non-empty list of project ids`);
    }
    map.set(value, { account: String(account), role: role as SsoRoleGrant['role'], projects: (projects as string[] | undefined) ?? null });
  }
  if (map.size === 0) throw new ConfigError(variable, 'maps no claim value to a role: nobody could sign in');
  return map;
}

function httpUrl(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new ConfigError(name, `must be an http(s) URL, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** LIFEBOAT_OIDC_*: all or nothing; the issuer must be https unless it is on this machine (a provider under test). */
function ssoConfig(env: Env, readFile: (file: string) => string): SsoConfig | undefined {
  const issuer = httpUrl(env, 'LIFEBOAT_OIDC_ISSUER');
  const clientId = env.LIFEBOAT_OIDC_CLIENT_ID || undefined;
  if (issuer === undefined) {
    const stray = ['LIFEBOAT_OIDC_CLIENT_ID', 'LIFEBOAT_OIDC_CLIENT_SECRET', 'LIFEBOAT_OIDC_ROLE_MAP', 'LIFEBOAT_OIDC_ROLE_MAP_FILE'].find((name) => env[name]);
    if (stray) throw new ConfigError('LIFEBOAT_OIDC_ISSUER', `must be set when ${stray} is (single sign-on needs the provider's issuer URL)`);
    return undefined;
  }
  const { protocol, hostname } = new URL(issuer);
  if (protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) {
    throw new ConfigError('LIFEBOAT_OIDC_ISSUER', `must be https (plain http only for a provider on this machine), got "${issuer}"`);
  }
  if (!clientId) throw new ConfigError('LIFEBOAT_OIDC_CLIENT_ID', 'must be set with LIFEBOAT_OIDC_ISSUER (the client id registered at the provider)');
  const inline = env.LIFEBOAT_OIDC_ROLE_MAP || undefined;
  const file = env.LIFEBOAT_OIDC_ROLE_MAP_FILE || undefined;
  if (inline && file) throw new ConfigError('LIFEBOAT_OIDC_ROLE_MAP_FILE', 'set either it or LIFEBOAT_OIDC_ROLE_MAP, not both');
  if (!inline && !file) throw new ConfigError('LIFEBOAT_OIDC_ROLE_MAP', 'must be set with LIFEBOAT_OIDC_ISSUER (or LIFEBOAT_OIDC_ROLE_MAP_FILE): who gets which role');
  let roleMap: ReadonlyMap<string, SsoRoleGrant>;
  if (file) {
    let text: string;
    try {
      text = readFile(path.resolve(file));
    } catch (error) {
      throw new ConfigError('LIFEBOAT_OIDC_ROLE_MAP_FILE', `cannot be read: ${(error as Error).message}`);
    }
    roleMap = parseRoleMap(text, 'LIFEBOAT_OIDC_ROLE_MAP_FILE');
  } else {
    roleMap = parseRoleMap(inline!, 'LIFEBOAT_OIDC_ROLE_MAP');
  }
  const rolesClaim = env.LIFEBOAT_OIDC_ROLES_CLAIM || 'groups';
  if (!/^[A-Za-z0-9_:.\/-]{1,200}$/.test(rolesClaim)) throw new ConfigError('LIFEBOAT_OIDC_ROLES_CLAIM', `is not a claim name: "${rolesClaim}"`);
  return { issuer, clientId, clientSecret: env.LIFEBOAT_OIDC_CLIENT_SECRET || undefined, rolesClaim, roleMap };
}

function sessionSettings(env: Env): SessionSettings {
  const idleMs = integer(env, 'LIFEBOAT_SESSION_IDLE_MINUTES', 60, 1, 7 * 24 * 60) * 60_000;
  const maxMs = integer(env, 'LIFEBOAT_SESSION_MAX_HOURS', 12, 1, 90 * 24) * 3_600_000;
  return { idleMs, maxMs };
}

/** Builds the configuration from the environment; throws a ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env, readFile: (file: string) => string = (file) => fs.readFileSync(file, 'utf8')): Config {
  const adminToken = env.LIFEBOAT_ADMIN_TOKEN || undefined;
  if (adminToken !== undefined && adminToken.length < 16) {
    throw new ConfigError('LIFEBOAT_ADMIN_TOKEN', 'must be at least 16 characters');
  }
  const host = env.LIFEBOAT_HOST || '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new ConfigError('LIFEBOAT_HOST', `is not a host name or address: "${host}"`);
  const cloud = oneOf(env, 'LIFEBOAT_CLOUD', ['sim', 'aws'] as const, 'sim');
  const principal = env.LIFEBOAT_AWS_PRINCIPAL_ARN || 'arn:aws:iam::000000000000:root';
  if (!/^arn:aws[a-z-]*:iam::\d{12}:(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+)$/.test(principal)) {
    throw new ConfigError('LIFEBOAT_AWS_PRINCIPAL_ARN', `is not an IAM principal ARN: "${principal}"`);
  }
  const certFile = env.LIFEBOAT_TLS_CERT || undefined;
  const keyFile = env.LIFEBOAT_TLS_KEY || undefined;
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new ConfigError(certFile ? 'LIFEBOAT_TLS_KEY' : 'LIFEBOAT_TLS_CERT', `must be set with ${certFile ? 'LIFEBOAT_TLS_CERT' : 'LIFEBOAT_TLS_KEY'} (a PEM ${certFile ? 'private key' : 'certificate'} file)`);
  }
  return {
    host,
    port: integer(env, 'LIFEBOAT_PORT', 8080, 0, 65535),
    tls: certFile && keyFile ? { certFile: path.resolve(certFile), keyFile: path.resolve(keyFile) } : undefined,
    dataDir: path.resolve(env.LIFEBOAT_DATA_DIR || './data'),
    databaseUrl: databaseUrl(env),
    adminToken,
    masterKey: env.LIFEBOAT_MASTER_KEY ? parseMasterKey(env.LIFEBOAT_MASTER_KEY) : undefined,
    masterKeyPrevious: env.LIFEBOAT_MASTER_KEY_PREVIOUS ? parseMasterKey(env.LIFEBOAT_MASTER_KEY_PREVIOUS, 'LIFEBOAT_MASTER_KEY_PREVIOUS') : undefined,
    catalogBackup: catalogBackup(env, cloud, awsRegion(env, 'LIFEBOAT_AWS_REGION', 'us-east-1')),
    cloud,
    logLevel: oneOf(env, 'LIFEBOAT_LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: oneOf(env, 'LIFEBOAT_LOG_FORMAT', ['pretty', 'json', 'auto'] as const, 'auto'),
    simLatencyMs: integer(env, 'LIFEBOAT_SIM_LATENCY_MS', 0, 0, 600_000),
    webhookAllowPrivate: boolean(env, 'LIFEBOAT_WEBHOOK_ALLOW_PRIVATE', false),
    demo: boolean(env, 'LIFEBOAT_DEMO', cloud === 'sim'),
    jobLeaseMs: integer(env, 'LIFEBOAT_JOB_LEASE_SECONDS', 30, 1, 3600) * 1000,
    jobPollMs: integer(env, 'LIFEBOAT_JOB_POLL_MS', 500, 10, 60_000),
    jobConcurrency: integer(env, 'LIFEBOAT_JOB_CONCURRENCY', 4, 1, 64),
    connectivityCheckMs: integer(env, 'LIFEBOAT_CONNECTIVITY_CHECK_SECONDS', 3600, 1, 7 * 86400) * 1000,
    resetSweepMs: integer(env, 'LIFEBOAT_RESET_SWEEP_MS', 15_000, 50, 3_600_000),
    stackCheckMs: integer(env, 'LIFEBOAT_STACK_CHECK_SECONDS', 300, 1, 86_400) * 1000,
    awsPrincipalArn: principal,
    sso: ssoConfig(env, readFile),
    sessions: sessionSettings(env),
    publicUrl: httpUrl(env, 'LIFEBOAT_PUBLIC_URL'),
    aws: awsConfig(env),
    authLimit: {
      keyLimit: integer(env, 'LIFEBOAT_AUTH_FAILURE_LIMIT', 10, 1, 100_000),
      sourceLimit: integer(env, 'LIFEBOAT_AUTH_SOURCE_FAILURE_LIMIT', 30, 1, 1_000_000),
      windowMs: integer(env, 'LIFEBOAT_AUTH_FAILURE_WINDOW_SECONDS', 60, 1, 86_400) * 1000,
    },
  };
}
