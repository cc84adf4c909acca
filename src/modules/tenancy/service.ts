import type { Store } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import { randomHex32 } from '../../platform/ids.ts';
import { constantTimeEqual, hashToken, newToken } from '../../platform/secrets.ts';
import { roleGrants, type Permission, type Role } from './permissions.ts';
import { principalOf, type Principal } from './principal.ts';
import { tenancyRepo as repo, type AccountRow, type ProjectRow, type ServiceAccountRow } from './repo.ts';
import type { TenancyTables } from './tables.ts';

export interface TenancyDeps {
  readonly store: Store<TenancyTables>;
  /** SHA-256 of LIFEBOAT_ADMIN_TOKEN, when that variable is set. */
  readonly configuredAdminTokenHash: string | undefined;
  readonly now: () => number;
}

/** What a request's path scopes it to. */
export interface Scope {
  readonly accountId: number;
  readonly projectId?: string;
}

const CONFIGURED_ADMIN: Principal = {
  actor: 'instance-admin',
  name: 'instance admin (LIFEBOAT_ADMIN_TOKEN)',
  accountId: undefined,
  role: 'admin',
  projects: null,
  instanceAdmin: true,
  serviceAccountId: undefined,
};

export type TenancyService = ReturnType<typeof createTenancyService>;

export function createTenancyService({ store, configuredAdminTokenHash, now }: TenancyDeps) {
  const db = store.db;
  // Accounts and projects are never deleted, so once seen they stay: authorising a request then needs no
  // lookup of its scope (measured: one query of three on a GET of a connection).
  const knownScopes = new Set<string>();
  async function accountExists(accountId: number): Promise<boolean> {
    const key = String(accountId);
    if (knownScopes.has(key)) return true;
    const found = (await repo.findAccount(db, accountId)) !== undefined;
    if (found) knownScopes.add(key);
    return found;
  }
  async function projectExists(accountId: number, projectId: string): Promise<boolean> {
    const key = `${accountId}/${projectId}`;
    if (knownScopes.has(key)) return true;
    const found = (await repo.findProject(db, accountId, projectId)) !== undefined;
    if (found) knownScopes.add(key);
    return found;
  }

  return {
    /** The principal a bearer token stands for, or undefined when it stands for nobody. */
    async authenticate(token: string): Promise<Principal | undefined> {
      const hash = hashToken(token);
      if (configuredAdminTokenHash && constantTimeEqual(hash, configuredAdminTokenHash)) return CONFIGURED_ADMIN;
      const row = await repo.findServiceAccountByHash(db, hash);
      if (!row) return undefined;
      const at = now();
      if (row.last_used_at === null || at - row.last_used_at > 60_000) await repo.touchServiceAccount(db, row.id, at);
      return principalOf(row);
    },

    /**
     * Checks that the principal may use `permission` in the scope. A scope outside what the token can see
     * (another account, a project it is not limited to, a project that does not exist) is a NotFound, so
     * nothing about it leaks; a visible scope without the permission is Forbidden.
     */
    async authorize(principal: Principal, scope: Scope | undefined, permission: Permission): Promise<void> {
      if (scope) {
        if (!principal.instanceAdmin && principal.accountId !== scope.accountId) throw new NotFoundError(`Account ${scope.accountId}`);
        if (principal.instanceAdmin && !(await accountExists(scope.accountId))) throw new NotFoundError(`Account ${scope.accountId}`);
        if (scope.projectId !== undefined) {
          if (principal.projects && !principal.projects.includes(scope.projectId)) throw new NotFoundError(`Project ${scope.projectId}`);
          if (!(await projectExists(scope.accountId, scope.projectId))) throw new NotFoundError(`Project ${scope.projectId}`);
        }
      }
      if (principal.instanceAdmin) return;
      if (!roleGrants(principal.role, permission)) throw new ForbiddenError([permission]);
      // A token limited to some projects may read at account level but not change it: otherwise it could
      // mint itself a token for every project, or make projects it could then not see.
      if (scope && scope.projectId === undefined && principal.projects && !permission.endsWith(':read')) {
        throw new ForbiddenError([permission]);
      }
    },

    async createAccount(name: string): Promise<AccountRow> {
      const at = now();
      const taken = () => new ConflictError('NAME_TAKEN', `An account named ${name} exists`, { name: 'is taken' });
      try {
        return await store.transaction(async (trx) => {
          if (await repo.findAccountByName(trx, name)) throw taken();
          const account = await repo.insertAccount(trx, { name, domain_id: randomHex32(), created_at: at, updated_at: at, version: 1 });
          await repo.insertProject(trx, { account_id: account.id, id: 'default', name: 'default', description: 'The default project', created_at: at, updated_at: at, version: 1 });
          return account;
        });
      } catch (error) {
        // The loser of two creates racing for one name.
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
    },
    /** Every account for an instance admin; a service account sees its own. */
    listAccounts: (principal: Principal) => repo.listAccounts(db, principal.instanceAdmin ? undefined : principal.accountId),
    async getAccount(id: number): Promise<AccountRow> {
      const row = await repo.findAccount(db, id);
      if (!row) throw new NotFoundError(`Account ${id}`);
      return row;
    },
    findAccountByDomain: (domainId: string) => repo.findAccountByDomain(db, domainId),
    /** An account by its name or, when all digits, its id (the SSO role map names accounts either way). */
    findAccountByRef: (ref: string) => (/^\d{1,15}$/.test(ref) ? repo.findAccount(db, Number(ref)) : repo.findAccountByName(db, ref)),

    async createProject(accountId: number, input: { id: string; name?: string; description?: string }): Promise<ProjectRow> {
      const at = now();
      try {
        return await repo.insertProject(db, {
          account_id: accountId, id: input.id, name: input.name ?? input.id, description: input.description ?? '',
          created_at: at, updated_at: at, version: 1,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError('ID_TAKEN', `Project ${input.id} exists`, { id: 'is taken' });
        throw error;
      }
    },
    /** The account's projects, less those a project-limited token cannot see. */
    async listProjects(principal: Principal, accountId: number): Promise<ProjectRow[]> {
      const rows = await repo.listProjects(db, accountId);
      return principal.projects ? rows.filter((p) => principal.projects!.includes(p.id)) : rows;
    },

    /** Creates a service account and returns its token: the only time the token exists outside the caller. */
    async createServiceAccount(
      accountId: number,
      input: { name: string; role: Role; projects?: string[] },
      options: { instanceAdmin?: boolean } = {},
    ): Promise<{ serviceAccount: ServiceAccountRow; token: string }> {
      const token = newToken();
      const taken = () => new ConflictError('NAME_TAKEN', `A service account named ${input.name} exists`, { name: 'is taken' });
      return store.transaction(async (trx) => {
        if (await repo.findServiceAccountByName(trx, accountId, input.name)) throw taken();
        for (const [index, projectId] of (input.projects ?? []).entries()) {
          if (!(await repo.findProject(trx, accountId, projectId))) {
            throw new ConflictError('UNKNOWN_PROJECT', `Project ${projectId} does not exist`, { [`projects.${index}`]: 'no such project' });
          }
        }
        const serviceAccount = await repo.insertServiceAccount(trx, {
          account_id: accountId, name: input.name, role: input.role,
          projects: input.projects ? JSON.stringify(input.projects) : null,
          token_hash: hashToken(token), token_hint: token.slice(0, 7), instance_admin: options.instanceAdmin ? 1 : 0,
          created_at: now(), last_used_at: null,
        });
        return { serviceAccount, token };
      }).catch((error: unknown) => {
        if (isUniqueViolation(error)) throw taken();
        throw error;
      });
    },
    listServiceAccounts: (accountId: number) => repo.listServiceAccounts(db, accountId),
    async getServiceAccount(accountId: number, id: number): Promise<ServiceAccountRow> {
      const row = await repo.findServiceAccount(db, accountId, id);
      if (!row) throw new NotFoundError(`Service account ${id}`);
      return row;
    },
    /** Revokes the token at once: the next request with it is a 401. Only an instance admin revokes an
     * instance admin's token, so an account admin cannot lock the instance's administrator out. */
    async deleteServiceAccount(principal: Principal, accountId: number, id: number): Promise<ServiceAccountRow> {
      const row = await repo.findServiceAccount(db, accountId, id);
      if (!row) throw new NotFoundError(`Service account ${id}`);
      if (row.instance_admin === 1 && !principal.instanceAdmin) throw new ForbiddenError(['instance:admin']);
      await repo.deleteServiceAccount(db, accountId, id);
      return row;
    },
  };
}
