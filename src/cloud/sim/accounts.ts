import { ValidationError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { SimTables } from './tables.ts';

export interface SimAccountInput {
  /** 12 digits. */
  readonly accountId: string;
  readonly name: string;
  /** Default true; false makes every call for the account fail as unreachable. */
  readonly reachable?: boolean;
}

export interface SimRoleInput {
  readonly accountId: string;
  readonly roleName: string;
  /** When set, AssumeRole must present exactly this external id. */
  readonly externalId?: string | null;
}

export interface SimAccessKeyInput {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly accountId: string;
}

/** `replace` overwrites what is there (the admin puts); `keep` only adds what is missing (seeding). */
export type OnExisting = 'replace' | 'keep';

export async function writeAccounts(executor: Executor<SimTables>, accounts: readonly SimAccountInput[], onExisting: OnExisting): Promise<void> {
  if (accounts.length === 0) return;
  for (const account of accounts) {
    if (!/^\d{12}$/.test(account.accountId)) throw new ValidationError({ accountId: 'must be 12 digits' });
  }
  await executor
    .insertInto('sim_accounts')
    .values(accounts.map((a) => ({ account_id: a.accountId, name: a.name, reachable: a.reachable === false ? 0 : 1 })))
    .onConflict((oc) => {
      const target = oc.column('account_id');
      return onExisting === 'keep'
        ? target.doNothing()
        : target.doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), reachable: eb.ref('excluded.reachable') }));
    })
    .execute();
}

export async function writeRoles(executor: Executor<SimTables>, roles: readonly SimRoleInput[], onExisting: OnExisting): Promise<void> {
  if (roles.length === 0) return;
  await assertAccountsExist(executor, roles.map((r) => r.accountId));
  for (const role of roles) {
    if (!/^[\w+=,.@-]{1,64}$/.test(role.roleName)) throw new ValidationError({ roleName: 'must be 1-64 characters of letters, digits and +=,.@_-' });
  }
  await executor
    .insertInto('sim_roles')
    .values(roles.map((r) => ({ account_id: r.accountId, role_name: r.roleName, external_id: r.externalId ?? null })))
    .onConflict((oc) => {
      const target = oc.columns(['account_id', 'role_name']);
      return onExisting === 'keep' ? target.doNothing() : target.doUpdateSet((eb) => ({ external_id: eb.ref('excluded.external_id') }));
    })
    .execute();
}

export async function writeAccessKeys(executor: Executor<SimTables>, keys: readonly SimAccessKeyInput[], onExisting: OnExisting): Promise<void> {
  if (keys.length === 0) return;
  await assertAccountsExist(executor, keys.map((k) => k.accountId));
  await executor
    .insertInto('sim_access_keys')
    .values(keys.map((k) => ({ access_key_id: k.accessKeyId, secret_access_key: k.secretAccessKey, account_id: k.accountId })))
    .onConflict((oc) => {
      const target = oc.column('access_key_id');
      return onExisting === 'keep'
        ? target.doNothing()
        : target.doUpdateSet((eb) => ({ secret_access_key: eb.ref('excluded.secret_access_key'), account_id: eb.ref('excluded.account_id') }));
    })
    .execute();
}

/** Throws a ValidationError naming the accounts that do not exist (clearer than a foreign-key error). */
export async function assertAccountsExist(executor: Executor<SimTables>, accountIds: readonly string[]): Promise<void> {
  const wanted = [...new Set(accountIds)];
  if (wanted.length === 0) return;
  const found = new Set((await executor.selectFrom('sim_accounts').select('account_id').where('account_id', 'in', wanted).execute()).map((row) => row.account_id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) throw new ValidationError({ accountId: `unknown sim account ${missing.join(', ')} (putAccount first)` });
}
