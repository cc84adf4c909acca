import { randomBytes } from 'node:crypto';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import { randomId } from '../../platform/ids.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import type { AssemblyRef } from '../assemblies/service.ts';
import { mutateWebhook, webhookNotFound, type WebhookRef, type WebhooksDeps } from './context.ts';
import { DELIVER_JOB_KIND, webhookDelivery, type DeliverJobPayload } from './deliver.ts';
import { webhooksRepo as repo, type WebhookRow } from './repo.ts';
import type { Transaction } from './store-types.ts';
import { isPreHook, type WebhookType } from './tables.ts';
import { urlProblem } from '../../platform/net/target-check.ts';

export type { WebhooksDeps, WebhookRef } from './context.ts';

export interface WebhookSettings {
  readonly url: string;
  readonly retryAttempts?: number;
  readonly timeout?: number;
  readonly failOnError?: boolean;
  readonly enabled?: boolean;
}

export type PreHookResult = { ok: true } | { ok: false; error: string };

/** A hook's payload, or how to build it: built only when the assembly has that hook (a recovery's mapping can be
 * 10,000 rows, not worth reading for nobody). */
export type HookPayload = object | (() => Promise<object>);
const payloadOf = (payload: HookPayload): Promise<object> => Promise.resolve(typeof payload === 'function' ? payload() : payload);

const DEFAULT_RETRY_ATTEMPTS = 3;
const DEFAULT_TIMEOUT_SECONDS = 30;

const exists = (type: string) => new ConflictError('WEBHOOK_EXISTS', `The assembly already has a ${type} webhook`, { webhookType: 'is taken' });

/** Per-assembly webhooks: pre-* hooks are awaited (and may stop the operation), post-* hooks are durable jobs. */
export function createWebhooksService(deps: WebhooksDeps) {
  const db = deps.store.db;
  const delivery = webhookDelivery(deps);

  /** The assembly must be in the path's account and project, and not deleted: 404 otherwise. */
  async function liveAssembly(ref: AssemblyRef): Promise<void> {
    const assembly = await deps.assemblies.get(ref);
    if (assembly.status === 'deleted') throw new NotFoundError(`Cloud assembly ${ref.id}`);
  }

  /** Field checks that need more than the schema: failOnError on post-* hooks, the URL's scheme and address. */
  async function check(type: WebhookType, input: WebhookSettings): Promise<void> {
    const fields: Record<string, string> = {};
    if (input.failOnError && !isPreHook(type)) fields.failOnError = 'only pre-* webhooks can fail the operation';
    const problem = await urlProblem(input.url, { allowPrivate: deps.allowPrivate, lookup: deps.lookup, requireResolution: false });
    if (problem) fields.url = problem;
    if (Object.keys(fields).length) throw new ValidationError(fields);
  }

  async function get(ref: WebhookRef): Promise<WebhookRow> {
    await liveAssembly(ref);
    const row = await repo.find(db, ref.id, ref.type);
    if (!row || row.account_id !== ref.accountId || row.project_id !== ref.projectId) throw webhookNotFound(ref);
    return row;
  }

  return {
    /** 201: the row and its signing secret, which is never shown again. */
    async create(ref: AssemblyRef, input: WebhookSettings & { webhookType: WebhookType }): Promise<{ row: WebhookRow; secret: string }> {
      await liveAssembly(ref);
      await check(input.webhookType, input);
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      const at = deps.now();
      try {
        const row = await deps.store.transaction(async (trx) => {
          if (await repo.find(trx, ref.id, input.webhookType)) throw exists(input.webhookType);
          return repo.insert(trx, {
            account_id: ref.accountId, project_id: ref.projectId, assembly_id: ref.id, type: input.webhookType, url: input.url,
            retry_attempts: input.retryAttempts ?? DEFAULT_RETRY_ATTEMPTS, timeout_seconds: input.timeout ?? DEFAULT_TIMEOUT_SECONDS,
            fail_on_error: input.failOnError ? 1 : 0, secret_sealed: deps.secrets.seal(secret), enabled: input.enabled === false ? 0 : 1,
            created_at: at, updated_at: at, version: 1,
          });
        });
        return { row, secret };
      } catch (error) {
        if (isUniqueViolation(error)) throw exists(input.webhookType);
        throw error;
      }
    },

    async list(ref: AssemblyRef): Promise<WebhookRow[]> {
      await liveAssembly(ref);
      return repo.listForAssembly(db, ref.id);
    },

    get,

    /** PUT: the URL, and whichever settings are given (the others are kept). */
    async update(ref: WebhookRef, input: WebhookSettings, expectedVersion?: number): Promise<WebhookRow> {
      await liveAssembly(ref);
      await check(ref.type, input);
      return mutateWebhook(deps, ref, (row) => ({
        patch: {
          url: input.url,
          retry_attempts: input.retryAttempts ?? row.retry_attempts,
          timeout_seconds: input.timeout ?? row.timeout_seconds,
          fail_on_error: input.failOnError === undefined ? row.fail_on_error : input.failOnError ? 1 : 0,
          enabled: input.enabled === undefined ? row.enabled : input.enabled ? 1 : 0,
        },
      }), expectedVersion);
    },

    async remove(ref: WebhookRef, expectedVersion?: number): Promise<void> {
      const row = await get(ref);
      await deps.store.transaction(async (trx) => {
        const current = await repo.find(trx, ref.id, ref.type);
        if (!current || current.id !== row.id) throw webhookNotFound(ref);
        if (expectedVersion !== undefined && current.version !== expectedVersion) {
          throw new PreconditionFailedError(current.version);
        }
        await repo.remove(trx, row.id);
      });
    },

    async deliveries(ref: WebhookRef, range: ItemRange) {
      const row = await get(ref);
      return repo.deliveries(db, row.id, range);
    },

    /**
     * Calls the assembly's pre-* hook and waits for it (with retries and a short backoff). Ok when there is no
     * hook, it is disabled, it succeeded, or it failed without failOnError.
     */
    async runPreHook(assemblyId: number, type: WebhookType, payload: HookPayload): Promise<PreHookResult> {
      const row = await repo.find(db, assemblyId, type);
      if (!row || row.enabled !== 1) return { ok: true };
      const result = await delivery.deliver(row, type, await payloadOf(payload));
      if (result.ok || row.fail_on_error !== 1) return { ok: true };
      return { ok: false, error: `${type} webhook failed after ${result.attempts} attempt(s): ${result.error}` };
    },

    /** Queues the assembly's post-* hook as a durable job in the caller's transaction (nothing when there is none). */
    async queuePostHook(trx: Transaction, assemblyId: number, type: WebhookType, payload: HookPayload): Promise<void> {
      const row = await repo.find(trx, assemblyId, type);
      if (!row || row.enabled !== 1) return;
      const job: DeliverJobPayload = { webhookId: row.id, deliveryId: randomId('dlv'), event: type, payload: await payloadOf(payload) };
      await enqueue(trx, { kind: DELIVER_JOB_KIND, payload: job, maxAttempts: row.retry_attempts });
    },

    deliver: delivery.deliver,
    jobHandlers: [delivery.handler],
  };
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;

/** For the assemblies module, in the transaction that deletes an assembly: its webhooks (and their delivery logs) go with it. */
export const removeAssemblyWebhooks = (db: Transaction, assemblyId: number): Promise<number> => repo.removeForAssembly(db, assemblyId);
