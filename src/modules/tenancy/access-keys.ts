import { randomBytes, randomInt } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Store } from '../../platform/db/database.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import type { AccessKeysTable, AccessKeyTables } from './access-keys-tables.ts';
import type { Principal } from './principal.ts';
import { principalOf } from './principal.ts';
import type { TenancyTables } from './tables.ts';

export type AccessKeyRow = Selectable<AccessKeysTable>;
type Db = AccessKeyTables & TenancyTables;

/** Two keys per service account, as Huawei Cloud allows: enough to rotate one without downtime. */
export const MAX_KEYS_PER_SERVICE_ACCOUNT = 2;
const AK_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A Huawei-style AK: 20 upper-case letters and digits. */
function newAccessKeyId(): string {
  let id = '';
  for (let i = 0; i < 20; i++) id += AK_ALPHABET[randomInt(AK_ALPHABET.length)];
  return id;
}

export interface AccessKeysDeps {
  readonly store: Store<Db>;
  readonly secrets: SecretBox;
  readonly now: () => number;
}

/** What a signature check needs: the secret to recompute it with and who the key signs for. */
export interface SigningKey {
  readonly secret: string;
  readonly principal: Principal;
}

export type AccessKeysService = ReturnType<typeof createAccessKeysService>;

/** AK/SK pairs of service accounts: the SK is shown once, kept sealed, and never listed. */
export function createAccessKeysService({ store, secrets, now }: AccessKeysDeps) {
  const db = store.db;

  async function serviceAccount(accountId: number, serviceAccountId: number) {
    const row = await db.selectFrom('service_accounts').selectAll()
      .where('account_id', '=', accountId).where('id', '=', serviceAccountId).executeTakeFirst();
    if (!row) throw new NotFoundError(`Service account ${serviceAccountId}`);
    return row;
  }

  return {
    /** Creates a key; the returned secret exists nowhere else in clear. */
    async create(accountId: number, serviceAccountId: number, description = ''): Promise<{ key: AccessKeyRow; secret: string }> {
      await serviceAccount(accountId, serviceAccountId);
      const secret = randomBytes(30).toString('base64url');
      const key = await store.transaction(async (trx) => {
        // Two creates racing past the count would make a third key: the service account row is locked
        // (a no-op update) so the count and the insert are one step on PostgreSQL; SQLite serialises anyway.
        await trx.updateTable('service_accounts').set((eb) => ({ last_used_at: eb.ref('last_used_at') })).where('id', '=', serviceAccountId).execute();
        const { n } = await trx.selectFrom('access_keys').select((eb) => eb.fn.countAll<number>().as('n'))
          .where('service_account_id', '=', serviceAccountId).executeTakeFirstOrThrow();
        if (Number(n) >= MAX_KEYS_PER_SERVICE_ACCOUNT) {
          throw new ConflictError('ACCESS_KEY_LIMIT', `A service account has at most ${MAX_KEYS_PER_SERVICE_ACCOUNT} access keys; delete one first`);
        }
        return trx.insertInto('access_keys').values({
          id: newAccessKeyId(), account_id: accountId, service_account_id: serviceAccountId, secret_sealed: secrets.seal(secret),
          description, created_at: now(), last_used_at: null,
        }).returningAll().executeTakeFirstOrThrow();
      });
      return { key, secret };
    },

    async list(accountId: number, serviceAccountId: number): Promise<AccessKeyRow[]> {
      await serviceAccount(accountId, serviceAccountId);
      return db.selectFrom('access_keys').selectAll().where('service_account_id', '=', serviceAccountId).orderBy('created_at').orderBy('id').execute();
    },

    /** Revokes the key at once: the next request signed with it is a 401. */
    async remove(accountId: number, serviceAccountId: number, accessKeyId: string): Promise<void> {
      await serviceAccount(accountId, serviceAccountId);
      const result = await db.deleteFrom('access_keys')
        .where('id', '=', accessKeyId).where('service_account_id', '=', serviceAccountId).where('account_id', '=', accountId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new NotFoundError(`Access key ${accessKeyId}`);
    },

    /** The secret and principal of an AK, or undefined when no such key exists. */
    async signingKey(accessKeyId: string): Promise<SigningKey | undefined> {
      const row = await db.selectFrom('access_keys').innerJoin('service_accounts', 'service_accounts.id', 'access_keys.service_account_id')
        .selectAll('service_accounts').select(['access_keys.secret_sealed', 'access_keys.last_used_at as key_used_at'])
        .where('access_keys.id', '=', accessKeyId).executeTakeFirst();
      if (!row) return undefined;
      const at = now();
      if (row.key_used_at === null || at - row.key_used_at > 60_000) {
        await db.updateTable('access_keys').set({ last_used_at: at }).where('id', '=', accessKeyId).execute();
      }
      const { secret_sealed: sealed, key_used_at: _used, ...serviceAccountRow } = row;
      return { secret: secrets.open(sealed), principal: principalOf(serviceAccountRow) };
    },
  };
}
