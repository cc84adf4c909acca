import fs from 'node:fs';
import path from 'node:path';
import { makeDataDir } from '../../platform/data-dir.ts';
import type { Logger } from '../../platform/logging.ts';
import type { Store } from '../../platform/db/database.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { TenancyService } from './service.ts';
import type { TenancyTables } from './tables.ts';

export interface BootstrapResult {
  readonly defaultAccountId: number;
  /** Where the generated admin token was written; undefined when LIFEBOAT_ADMIN_TOKEN is used or one was issued before. */
  readonly adminTokenFile: string | undefined;
}

/**
 * First start: a default account with a `default` project, and an instance admin token written to
 * `<dataDir>/admin-token` (mode 0600) unless LIFEBOAT_ADMIN_TOKEN is configured. Safe on every start and
 * from several nodes at once: whoever loses a race reads what the winner wrote.
 */
export async function bootstrapTenancy(
  tenancy: TenancyService,
  store: Store<TenancyTables>,
  options: { dataDir: string; adminTokenConfigured: boolean; logger: Logger },
): Promise<BootstrapResult> {
  let account = await store.db.selectFrom('accounts').selectAll().orderBy('id').executeTakeFirst();
  if (!account) {
    try {
      account = await tenancy.createAccount('default');
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      account = await store.db.selectFrom('accounts').selectAll().orderBy('id').executeTakeFirstOrThrow();
    }
  }
  if (options.adminTokenConfigured) return { defaultAccountId: account.id, adminTokenFile: undefined };

  const file = path.join(options.dataDir, 'admin-token');
  if (fs.existsSync(file) && (await tenancy.authenticate(fs.readFileSync(file, 'utf8').trim()))) {
    return { defaultAccountId: account.id, adminTokenFile: file };
  }
  const existing = await store.db.selectFrom('service_accounts').select('id').where('instance_admin', '=', 1).executeTakeFirst();
  if (existing) {
    options.logger.warn('an instance admin token was issued before but its file is not here; set LIFEBOAT_ADMIN_TOKEN to administer from this node');
    return { defaultAccountId: account.id, adminTokenFile: undefined };
  }
  try {
    const { token } = await tenancy.createServiceAccount(account.id, { name: 'admin', role: 'admin' }, { instanceAdmin: true });
    makeDataDir(options.dataDir);
    fs.writeFileSync(file, token + '\n', { mode: 0o600 });
    fs.chmodSync(file, 0o600);
    return { defaultAccountId: account.id, adminTokenFile: file };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return { defaultAccountId: account.id, adminTokenFile: undefined };
  }
}
