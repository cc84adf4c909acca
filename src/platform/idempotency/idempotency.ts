import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '../http/route-config.ts';
import type { Store } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import type { IdempotencyTables } from './tables.ts';

/** A key is remembered this long; after it, the same key starts a new operation. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

export interface IdempotentCall {
  readonly accountId: number;
  readonly operation: string;
  /** The Idempotency-Key header; undefined runs the call plainly. */
  readonly key: string | undefined;
  /** What makes two calls "the same": the path and the body. */
  readonly request: unknown;
}

/**
 * Idempotency-Key for create/start calls: the first call's answer is stored; a repeat with the same key
 * and request gets that answer again, a repeat with another request is a 409, and a repeat while the
 * first is still running is a 409 too (the key row is claimed before the work, so two racing calls can
 * never both do it).
 */
export function createIdempotency({ store, now }: { store: Store<IdempotencyTables>; now: () => number }) {
  const db = store.db;
  return {
    async run(call: IdempotentCall, work: () => Promise<StoredAnswer>): Promise<StoredAnswer & { replayed: boolean }> {
      if (call.key === undefined) return { ...(await work()), replayed: false };
      if (!/^[\x21-\x7e]{1,255}$/.test(call.key)) {
        throw new ValidationError({ 'Idempotency-Key': 'must be 1–255 visible ASCII characters' });
      }
      const hash = createHash('sha256').update(JSON.stringify(call.request)).digest('hex');
      const where = { account_id: call.accountId, operation: call.operation, key: call.key };
      const at = now();
      await db.deleteFrom('idempotency_keys').where('account_id', '=', where.account_id).where('operation', '=', where.operation)
        .where('key', '=', where.key).where('created_at', '<', at - IDEMPOTENCY_TTL_MS).execute();
      try {
        await db.insertInto('idempotency_keys').values({ ...where, request_hash: hash, status_code: 0, response: null, created_at: at }).execute();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const first = await db.selectFrom('idempotency_keys').selectAll().where('account_id', '=', where.account_id)
          .where('operation', '=', where.operation).where('key', '=', where.key).executeTakeFirst();
        if (!first) throw new ConflictError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is in progress; retry shortly');
        if (first.request_hash !== hash) {
          throw new ConflictError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another request', { 'Idempotency-Key': 'was used with another request' });
        }
        if (first.status_code === 0 || first.response === null) {
          throw new ConflictError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is in progress; retry shortly');
        }
        const stored = JSON.parse(first.response) as { body: unknown; headers: Record<string, string> };
        return { status: first.status_code, body: stored.body, headers: stored.headers, replayed: true };
      }
      const scope = db.updateTable('idempotency_keys').where('account_id', '=', where.account_id)
        .where('operation', '=', where.operation).where('key', '=', where.key);
      let answer: StoredAnswer;
      try {
        answer = await work();
      } catch (error) {
        // A refused request did nothing: the key is free for a corrected retry.
        await db.deleteFrom('idempotency_keys').where('account_id', '=', where.account_id)
          .where('operation', '=', where.operation).where('key', '=', where.key).execute();
        throw error;
      }
      await scope.set({ status_code: answer.status, response: JSON.stringify({ body: answer.body, headers: answer.headers }) }).execute();
      return { ...answer, replayed: false };
    },
  };
}

export type Idempotency = ReturnType<typeof createIdempotency>;

/**
 * Sends an idempotent call's answer: the first call's status, headers and body (a replay says so in
 * `Idempotent-Replayed`, whatever the resource became since), and names the created resource for the audit trail.
 */
export function sendIdempotent(request: FastifyRequest, reply: FastifyReply, answer: StoredAnswer & { replayed: boolean }): FastifyReply {
  request.auditTargetId = String((answer.body as { id: number | string }).id);
  if (answer.replayed) reply.header('Idempotent-Replayed', 'true');
  return reply.status(answer.status).headers(answer.headers).send(answer.body);
}
