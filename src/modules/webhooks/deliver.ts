import type { Store } from './store-types.ts';
import { randomId } from '../../platform/ids.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { webhooksRepo as repo, type WebhookRow } from './repo.ts';
import { signedPost } from '../../platform/net/signed-post.ts';
import type { Lookup } from '../../platform/net/target-check.ts';

export const DELIVER_JOB_KIND = 'webhooks.deliver';

export interface DeliveryDeps {
  readonly store: Store;
  readonly secrets: SecretBox;
  readonly allowPrivate: boolean;
  readonly now: () => number;
  /** DNS resolution of target hosts, once per attempt (the system resolver unless given). */
  readonly lookup?: Lookup;
}

/** The payload of a `webhooks.deliver` job: no secret, the handler reads it from the webhook row. */
export interface DeliverJobPayload {
  readonly webhookId: number;
  readonly deliveryId: string;
  readonly event: string;
  readonly payload: unknown;
}

export interface AttemptResult {
  readonly ok: boolean;
  readonly responseStatus: number | null;
  readonly error: string | null;
}

export interface DeliveryResult {
  readonly ok: boolean;
  readonly deliveryId: string;
  readonly attempts: number;
  readonly error: string | null;
}

/** In-process backoff for awaited (pre-*) deliveries: 250 ms, 500 ms, 1 s … capped at 5 s. */
export const shortBackoffMs = (attempt: number): number => Math.min(5_000, 250 * 2 ** Math.max(0, attempt - 1));

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Signed webhook deliveries, every attempt logged in webhook_deliveries. Never logs or returns the secret. */
export function webhookDelivery(deps: DeliveryDeps) {
  const db = deps.store.db;

  /** One POST: logged as pending, then succeeded (2xx) or failed. The target is resolved and checked again first (DNS can change). */
  async function attemptOnce(row: WebhookRow, deliveryId: string, event: string, payload: unknown, attempt: number): Promise<AttemptResult> {
    const body = JSON.stringify(payload ?? null);
    const logged = await repo.insertDelivery(db, {
      webhook_id: row.id, delivery_id: deliveryId, event, payload: body, attempt, status: 'pending',
      response_status: null, error: null, duration_ms: null, created_at: deps.now(),
    });
    const started = Date.now();
    // One resolution per attempt, and the connection goes to the address it checked (see signedPost).
    const answer = await signedPost({
      url: row.url, event, deliveryId, body, secret: deps.secrets.open(row.secret_sealed), timestamp: Math.floor(deps.now() / 1000),
      timeoutSeconds: row.timeout_seconds, maxBodyBytes: 0, allowPrivate: deps.allowPrivate, lookup: deps.lookup,
    });
    const result: AttemptResult = answer.outcome === 'refused'
      ? { ok: false, responseStatus: null, error: `target refused: url ${answer.problem}` }
      : answer.outcome === 'failed'
        ? { ok: false, responseStatus: null, error: answer.error }
        : answer.status >= 200 && answer.status < 300
          ? { ok: true, responseStatus: answer.status, error: null }
          : { ok: false, responseStatus: answer.status, error: `answered ${answer.status}` };
    await repo.finishDelivery(db, logged.id, {
      status: result.ok ? 'succeeded' : 'failed', response_status: result.responseStatus, error: result.error, duration_ms: Date.now() - started,
    });
    return result;
  }

  /** Up to row.retry_attempts attempts, awaited, with `backoffMs(attempt)` between them. */
  async function deliver(
    row: WebhookRow, event: string, payload: object, options: { backoffMs?: (attempt: number) => number; deliveryId?: string } = {},
  ): Promise<DeliveryResult> {
    const deliveryId = options.deliveryId ?? randomId('dlv');
    const backoff = options.backoffMs ?? shortBackoffMs;
    let last: AttemptResult = { ok: false, responseStatus: null, error: 'not attempted' };
    for (let attempt = 1; attempt <= row.retry_attempts; attempt++) {
      if (attempt > 1) await sleep(backoff(attempt - 1));
      last = await attemptOnce(row, deliveryId, event, payload, attempt);
      if (last.ok) return { ok: true, deliveryId, attempts: attempt, error: null };
    }
    return { ok: false, deliveryId, attempts: row.retry_attempts, error: last.error };
  }

  /** `webhooks.deliver`: one attempt per job attempt; the runner's backoff (1 s, 2 s, 4 s … capped) spaces them. */
  const handler: JobHandler<DeliverJobPayload> = {
    kind: DELIVER_JOB_KIND,
    async run(job, ctx) {
      const row = await repo.findById(db, job.webhookId);
      if (!row || row.enabled !== 1) return; // deleted or disabled since: nothing to deliver
      const result = await attemptOnce(row, job.deliveryId, job.event, job.payload, ctx.attempt);
      if (!result.ok) throw new Error(`webhook ${row.type} delivery ${job.deliveryId} failed: ${result.error}`);
    },
  };

  return { attemptOnce, deliver, handler };
}

export type WebhookDelivery = ReturnType<typeof webhookDelivery>;
