import type { Executor } from '../../platform/db/database.ts';
import { CloudCallError, type CloudKey } from '../provider.ts';
import { simHex } from './kinds.ts';
import type { SimTables } from './tables.ts';

/** A KMS key as the sim resolves it: its owner, whether AWS manages it, and who its policy lets use it. */
export interface SimKey {
  readonly keyArn: string;
  readonly keyId: string;
  readonly accountId: string;
  readonly region: string;
  readonly alias: string;
  readonly manager: 'aws' | 'customer';
  /** Accounts other than the owner the key policy grants; always empty for an AWS-managed key. */
  readonly grantAccountIds: readonly string[];
}

/**
 * The AWS-managed keys the sim knows, which exist in every account and region without being created.
 * Their policy admits only their own account's services, so they can never be shared (KMS developer guide,
 * "AWS managed keys": you cannot change their key policy).
 */
const AWS_MANAGED_ALIASES = ['alias/aws/ebs', 'alias/aws/rds', 'alias/aws/dynamodb', 'alias/aws/s3', 'alias/aws/backup'] as const;

// arn:aws:kms:<region>:<account>:key/<id> and arn:aws:kms:<region>:<account>:alias/<name> (KMS "Key identifiers").
const KEY_ARN = /^arn:aws(?:-[a-z-]+)?:kms:([a-z0-9-]+):(\d{12}):key\/([\w-]+)$/;
const ALIAS_ARN = /^arn:aws(?:-[a-z-]+)?:kms:([a-z0-9-]+):(\d{12}):(alias\/[\w/-]+)$/;

/** `8-4-4-4-12` hex like a KMS key id, fixed by the seed. */
function keyIdFrom(seed: string): string {
  const hex = simHex(seed, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The AWS-managed key behind an `alias/aws/…` alias in an account and region. */
export function awsManagedKey(accountId: string, region: string, alias: string): SimKey {
  const keyId = keyIdFrom(`kms/aws-managed/${accountId}/${region}/${alias}`);
  return { keyArn: `arn:aws:kms:${region}:${accountId}:key/${keyId}`, keyId, accountId, region, alias, manager: 'aws', grantAccountIds: [] };
}

/**
 * Resolves a key reference (key ARN, alias ARN, `alias/…` or a bare key id; the last two in the caller's
 * account) as KMS does, or undefined when there is no such key.
 */
export async function resolveKey(executor: Executor<SimTables>, reference: string, context: { accountId: string; region: string }): Promise<SimKey | undefined> {
  const keyArn = KEY_ARN.exec(reference);
  const aliasArn = ALIAS_ARN.exec(reference);
  let place = context;
  let alias: string | undefined;
  let keyId: string | undefined;
  if (keyArn) [place, keyId] = [{ region: keyArn[1]!, accountId: keyArn[2]! }, keyArn[3]!];
  else if (aliasArn) [place, alias] = [{ region: aliasArn[1]!, accountId: aliasArn[2]! }, aliasArn[3]!];
  else if (reference.startsWith('alias/')) alias = reference;
  else keyId = reference;

  if (alias !== undefined && (AWS_MANAGED_ALIASES as readonly string[]).includes(alias)) return awsManagedKey(place.accountId, place.region, alias);
  if (keyId !== undefined) {
    const managed = AWS_MANAGED_ALIASES.map((name) => awsManagedKey(place.accountId, place.region, name)).find((key) => key.keyId === keyId);
    if (managed) return managed;
  }
  let query = executor.selectFrom('sim_keys').selectAll().where('account_id', '=', place.accountId).where('region', '=', place.region);
  query = alias !== undefined ? query.where('alias', '=', alias) : query.where('key_id', '=', keyId!);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const grants = await executor.selectFrom('sim_key_grants').select('account_id').where('key_arn', '=', row.key_arn).orderBy('account_id').execute();
  return {
    keyArn: row.key_arn, keyId: row.key_id, accountId: row.account_id, region: row.region, alias: row.alias, manager: 'customer',
    grantAccountIds: grants.map((grant) => grant.account_id),
  };
}

/** True when the key's policy lets the account use it: its owner always; another account only by a customer key's grant. */
export function mayUseKey(key: SimKey, accountId: string): boolean {
  return key.accountId === accountId || (key.manager === 'customer' && key.grantAccountIds.includes(accountId));
}

/**
 * The key of the same name in another region of its account, where a cross-region copy is encrypted: an
 * AWS-managed key's counterpart there; a customer key stays the same key (the sim treats customer keys
 * as multi-Region keys rather than asking each copy for a target key).
 */
export function keyInRegion(key: SimKey, region: string): SimKey {
  return key.manager === 'aws' ? awsManagedKey(key.accountId, region, key.alias) : key;
}

/** The alias of the key Lifeboat keeps in an account and region for what it re-encrypts there (the AWS driver's RECOVERED_KEY_ALIAS). */
export const RECOVERED_KEY_ALIAS = 'alias/lifeboat-recovered';

/**
 * The key an EBS or RDS snapshot's cross-region copy is encrypted under, as the AWS driver names it in CopySnapshot,
 * CopyDBSnapshot and CopyDBClusterSnapshot (src/cloud/aws/kms.ts copyKeyFor, one rule for the three): an AWS-managed key's counterpart in the target region; a multi-Region key
 * (key id `mrk-…`) its replica there (same id, that region's ARN); any other customer key Lifeboat's
 * alias/lifeboat-recovered of the target region, created when missing. KMS keys are regional: a single-Region key
 * never encrypts anything in another region.
 */
export async function snapshotCopyKey(executor: Executor<SimTables>, key: SimKey, place: { accountId: string; region: string }): Promise<string> {
  const { region } = place;
  if (key.manager === 'aws') return awsManagedKey(key.accountId, region, key.alias).keyArn;
  if (key.keyId.startsWith('mrk-')) return `arn:aws:kms:${region}:${key.accountId}:key/${key.keyId}`;
  const recovered = await ensureSimKey(executor, place, {
    alias: RECOVERED_KEY_ALIAS, grantAccountIds: [], description: 'Lifeboat: re-encrypts copies of snapshots encrypted under customer-managed keys of other regions or accounts',
  });
  return recovered.keyArn;
}

/**
 * Finds the customer-managed key by alias or creates it, then adds the grants. Race-safe: the alias is
 * unique per account and region and the key id derives from it, so racing callers insert the same row
 * and one insert wins; grants are rows, so concurrent additions never overwrite each other.
 */
export async function ensureSimKey(
  executor: Executor<SimTables>,
  place: { accountId: string; region: string },
  request: { alias: string; grantAccountIds: readonly string[]; description: string },
): Promise<CloudKey> {
  // KMS CreateAlias: 1-256 characters of letters, digits, / _ -, starting alias/; alias/aws/ is reserved
  // for AWS-managed keys (KMS developer guide, "Create aliases"); a bad name is InvalidAliasNameException.
  if (!/^alias\/[\w/-]{1,250}$/.test(request.alias) || request.alias.startsWith('alias/aws/')) {
    throw new CloudCallError('fault', 'InvalidAliasNameException', `InvalidAliasNameException: Alias ${request.alias} is not valid (alias/<name>, not under alias/aws/).`);
  }
  const badAccount = request.grantAccountIds.find((id) => !/^\d{12}$/.test(id));
  if (badAccount !== undefined) throw new CloudCallError('fault', 'MalformedPolicyDocumentException', `MalformedPolicyDocumentException: ${JSON.stringify(badAccount)} is not an account id.`);
  const keyId = keyIdFrom(`kms/customer/${place.accountId}/${place.region}/${request.alias}`);
  const keyArn = `arn:aws:kms:${place.region}:${place.accountId}:key/${keyId}`;
  await executor
    .insertInto('sim_keys')
    .values({ key_arn: keyArn, key_id: keyId, account_id: place.accountId, region: place.region, alias: request.alias, description: request.description, created_at: Date.now() })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  const grants = [...new Set(request.grantAccountIds)].filter((id) => id !== place.accountId);
  if (grants.length > 0) {
    await executor
      .insertInto('sim_key_grants')
      .values(grants.map((accountId) => ({ key_arn: keyArn, account_id: accountId })))
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }
  return { keyId, keyArn, alias: request.alias };
}

/** The AWS-managed key a type's resources use when encrypted without a key named (EBS, RDS defaults). */
const DEFAULT_KEY_ALIAS: Readonly<Record<string, string>> = { 'ebs:volume': 'alias/aws/ebs', 'rds:db-instance': 'alias/aws/rds', 'rds:cluster': 'alias/aws/rds' };

/**
 * The key ARN a snapshot of the resource is encrypted under: the configuration's `kmsKeyId` (resolved in
 * the resource's account and region), else the type's AWS-managed key when the configuration says
 * `encrypted` / `storageEncrypted` without naming one (as EBS and RDS default), else null.
 */
export async function resourceKeyArn(
  executor: Executor<SimTables>,
  resource: { type: string; configuration: Readonly<Record<string, unknown>> },
  place: { accountId: string; region: string },
): Promise<string | null> {
  const named = resource.configuration.kmsKeyId;
  if (typeof named === 'string' && named !== '') return (await resolveKey(executor, named, place))?.keyArn ?? named;
  const encrypted = resource.configuration.encrypted === true || resource.configuration.storageEncrypted === true;
  const alias = DEFAULT_KEY_ALIAS[resource.type];
  return encrypted && alias ? awsManagedKey(place.accountId, place.region, alias).keyArn : null;
}

/**
 * The key behind a snapshot's key ARN. A key ARN the sim has no row for (a resource configured with a key
 * nobody created) is taken as a customer key of the ARN's account whose policy grants nobody else.
 */
export async function keyOfArn(executor: Executor<SimTables>, keyArn: string): Promise<SimKey> {
  const parsed = KEY_ARN.exec(keyArn);
  const place = parsed ? { region: parsed[1]!, accountId: parsed[2]! } : { region: '', accountId: '' };
  const found = await resolveKey(executor, keyArn, place);
  return found ?? { keyArn, keyId: parsed?.[3] ?? keyArn, ...place, alias: '', manager: 'customer', grantAccountIds: [] };
}
