import type { Executor as Db } from './store-types.ts';
import type { ValidationCheckStatus } from './validation-tables.ts';

/** The most of a receiver's `details` kept, as JSON text: a report stays readable, a receiver cannot fill the database. */
export const DETAILS_MAX_CHARS = 16_384;

/** Details as stored: their JSON when short enough, else the start of it as a string, saying it was cut. */
function encodeDetails(details: unknown): string | null {
  if (details === undefined) return null;
  const text = JSON.stringify(details);
  if (text.length <= DETAILS_MAX_CHARS) return text;
  return JSON.stringify(`${text.slice(0, DETAILS_MAX_CHARS)}… (cut: the receiver's details were ${text.length} characters of JSON)`);
}

/** One finished validation check as the module reads it. */
export interface ValidationCheck {
  readonly position: number;
  readonly name: string;
  readonly status: ValidationCheckStatus;
  readonly message: string;
  readonly resourceIds: string[];
  /** What a webhook validator's receiver said of its verdict (any JSON, cut to DETAILS_MAX_CHARS); undefined for other checks. */
  readonly details?: unknown;
  readonly startedAt: number;
  readonly finishedAt: number;
}

export const validationRepo = {
  /** Records a finished check; a repeat after a crash (same position) changes nothing: the first outcome stands. */
  insert: (db: Db, recoveryId: string, check: ValidationCheck) =>
    db.insertInto('recovery_validation_checks').values({
      recovery_id: recoveryId, position: check.position, name: check.name, status: check.status, message: check.message,
      resource_ids: JSON.stringify(check.resourceIds), details: encodeDetails(check.details), started_at: check.startedAt, finished_at: check.finishedAt,
    }).onConflict((oc) => oc.doNothing()).execute(),
  async list(db: Db, recoveryId: string): Promise<ValidationCheck[]> {
    const rows = await db.selectFrom('recovery_validation_checks').selectAll().where('recovery_id', '=', recoveryId).orderBy('position').execute();
    return rows.map((r) => ({
      position: Number(r.position), name: r.name, status: r.status, message: r.message, resourceIds: JSON.parse(r.resource_ids) as string[],
      ...(r.details === null ? {} : { details: JSON.parse(r.details) as unknown }), startedAt: Number(r.started_at), finishedAt: Number(r.finished_at),
    }));
  },
};
