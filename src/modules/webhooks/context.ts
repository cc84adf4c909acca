import type { Updateable } from 'kysely';
import { mutateVersioned, type Change } from '../../platform/db/mutate.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import type { AssembliesService, AssemblyRef } from '../assemblies/service.ts';
import { webhooksRepo as repo, type WebhookRow } from './repo.ts';
import type { Store } from './store-types.ts';
import type { WebhookType, WebhooksTable } from './tables.ts';
import type { Lookup } from '../../platform/net/target-check.ts';

export interface WebhooksDeps {
  readonly store: Store;
  readonly secrets: SecretBox;
  readonly assemblies: Pick<AssembliesService, 'get'>;
  readonly now: () => number;
  readonly wake: () => void;
  /** LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: plain http, loopback and private targets. */
  readonly allowPrivate: boolean;
  readonly lookup?: Lookup;
}

export interface WebhookRef extends AssemblyRef {
  readonly type: WebhookType;
}

export type WebhookPatch = Updateable<WebhooksTable>;

export const webhookNotFound = (ref: { id: number; type: string }) => new NotFoundError(`Webhook ${ref.type} of cloud assembly ${ref.id}`);

/** Optimistic read-decide-write of one webhook (see mutateVersioned); the assembly is checked by the caller. */
export function mutateWebhook(
  deps: WebhooksDeps,
  ref: WebhookRef,
  decide: Parameters<typeof mutateVersioned<WebhookRow, WebhookPatch>>[1],
  expectedVersion?: number,
): Promise<WebhookRow> {
  return mutateVersioned<WebhookRow, WebhookPatch>({
    store: deps.store,
    load: async (trx) => {
      const row = await repo.find(trx, ref.id, ref.type);
      return row && row.account_id === ref.accountId && row.project_id === ref.projectId ? row : undefined;
    },
    save: (trx, row, patch) => repo.updateIfVersion(trx, row.id, row.version, { ...patch, updated_at: deps.now() }),
    notFound: () => webhookNotFound(ref),
    wake: deps.wake,
  }, decide, expectedVersion);
}

export type { Change };
