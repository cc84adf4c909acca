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
  /** The IAM actions its policy allows; absent or null allows every action. */
  readonly actions?: readonly string[] | null;
  /** The regions its policy allows (aws:RequestedRegion); absent or null allows every region. */
  readonly regions?: readonly string[] | null;
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
    if (role.actions?.some((action) => !/^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(action))) throw new ValidationError({ actions: 'must be IAM actions, service:Action' });
    if (role.regions?.some((region) => !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))) throw new ValidationError({ regions: 'must be AWS region names' });
  }
  await executor
    .insertInto('sim_roles')
    .values(roles.map((r) => ({
      account_id: r.accountId,
      role_name: r.roleName,
      external_id: r.externalId ?? null,
      actions: r.actions == null ? null : JSON.stringify([...r.actions].sort()),
      regions: r.regions == null ? null : JSON.stringify([...r.regions].sort()),
    })))
    .onConflict((oc) => {
      const target = oc.columns(['account_id', 'role_name']);
      return onExisting === 'keep'
        ? target.doNothing()
        : target.doUpdateSet((eb) => ({ external_id: eb.ref('excluded.external_id'), actions: eb.ref('excluded.actions'), regions: eb.ref('excluded.regions') }));
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
