import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ItemRange } from '../../platform/http/range.ts';
import type { Executor as Db } from './store-types.ts';
import type { WebhookDeliveriesTable, WebhooksTable, WebhookType } from './tables.ts';

export type WebhookRow = Selectable<WebhooksTable>;
/** A logged delivery as the module reads it: its payload decoded. */
export type DeliveryRow = Omit<Selectable<WebhookDeliveriesTable>, 'payload'> & { payload: unknown };

export const webhooksRepo = {
  insert: (db: Db, row: Insertable<WebhooksTable>) => db.insertInto('webhooks').values(row).returningAll().executeTakeFirstOrThrow(),
  find: (db: Db, assemblyId: number, type: WebhookType) =>
    db.selectFrom('webhooks').selectAll().where('assembly_id', '=', assemblyId).where('type', '=', type).executeTakeFirst(),
  findById: (db: Db, id: number) => db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst(),
  listForAssembly: (db: Db, assemblyId: number) =>
    db.selectFrom('webhooks').selectAll().where('assembly_id', '=', assemblyId).orderBy('id', 'asc').execute(),
  updateIfVersion: (db: Db, id: number, version: number, patch: Updateable<WebhooksTable>) =>
    db.updateTable('webhooks').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst(),
  async remove(db: Db, id: number): Promise<void> {
    await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
    await db.deleteFrom('webhooks').where('id', '=', id).execute();
  },
  /** Every webhook of an assembly (the delivery log goes with them: its foreign key cascades). */
  removeForAssembly: async (db: Db, assemblyId: number) =>
    Number((await db.deleteFrom('webhooks').where('assembly_id', '=', assemblyId).executeTakeFirst()).numDeletedRows),

  insertDelivery: (db: Db, row: Insertable<WebhookDeliveriesTable>) =>
    db.insertInto('webhook_deliveries').values(row).returning('id').executeTakeFirstOrThrow(),
  async finishDelivery(db: Db, id: number, patch: Pick<Updateable<WebhookDeliveriesTable>, 'status' | 'response_status' | 'error' | 'duration_ms'>): Promise<void> {
    await db.updateTable('webhook_deliveries').set(patch).where('id', '=', id).execute();
  },
  async deliveries(db: Db, webhookId: number, range: ItemRange): Promise<{ rows: DeliveryRow[]; total: number }> {
    const base = db.selectFrom('webhook_deliveries').where('webhook_id', '=', webhookId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('id', 'asc').limit(range.limit).offset(range.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as unknown })), total: Number(count.n) };
  },
};
