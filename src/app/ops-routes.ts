import { Type } from '@sinclair/typebox';
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../platform/db/database.ts';
import { migrationsApplied, type LifeboatMigration } from '../platform/db/migrate.ts';
import type { Metrics } from '../platform/metrics.ts';
import type { HttpServer } from '../platform/http/server.ts';

export interface OpsDeps {
  readonly db: Kysely<any>;
  readonly dialect: DialectName;
  readonly migrations: readonly LifeboatMigration[];
  readonly metrics: Metrics;
  /** The last scheduled catalog backup's time and outcome, when scheduled backups are on (shown, never failing readiness). */
  readonly catalogBackup?: () => string;
  /** Extra gauges computed at scrape time (connections by status, jobs by status). */
  readonly collect: () => Promise<void>;
}

const Health = Type.Object({
  status: Type.String({ description: 'ok, or unavailable (readiness only: see checks).' }),
  checks: Type.Optional(Type.Record(Type.String(), Type.String(), {
    description: 'Readiness only: database (ok or unreachable) and migrations (ok, or pending while the schema is behind this version).',
  })),
}, { examples: [{ status: 'ok', checks: { database: 'ok', migrations: 'ok' } }] });

/** Unauthenticated: process up, database reachable with migrations applied, Prometheus metrics. */
export function opsRoutes(deps: OpsDeps) {
  return async function (app: HttpServer): Promise<void> {
    app.get('/healthz', {
      schema: {
        operationId: 'getHealth', tags: ['ops'], security: [], summary: 'The process is up',
        description: 'Liveness: 200 {status: ok} while the process answers HTTP. No token needed.', response: { 200: Health },
      },
    }, async () => ({ status: 'ok' }));

    app.get('/readyz', {
      schema: {
        operationId: 'getReadiness', tags: ['ops'], security: [], summary: 'The database is reachable and migrated',
        description: 'Readiness: 200 when the database answers and every migration is applied; 503 with checks saying which is not. No token needed.',
        response: { 200: Health, 503: Health },
      },
    }, async (request, reply) => {
      try {
        await sql`select 1`.execute(deps.db);
        const migrated = await migrationsApplied(deps.db, deps.dialect, deps.migrations);
        if (!migrated) return reply.status(503).send({ status: 'unavailable', checks: { database: 'ok', migrations: 'pending' } });
        return { status: 'ok', checks: { database: 'ok', migrations: 'ok', ...(deps.catalogBackup ? { catalogBackup: deps.catalogBackup() } : {}) } };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return reply.status(503).send({ status: 'unavailable', checks: { database: 'unreachable' } });
      }
    });

    app.get('/metrics', {
      schema: {
        operationId: 'getMetrics', tags: ['ops'], security: [], summary: 'Prometheus metrics (text exposition format)',
        description: 'Prometheus text format: lifeboat_http_request_duration_seconds (by route and status), lifeboat_jobs_total and lifeboat_job_duration_seconds, lifeboat_cloud_throttled_total, '
          + 'connections, jobs and protections by status, per assembly its last successful protection, RPO breach, last drill and measured RTO, and the Node.js process metrics. No token needed.',
      },
    }, async (_request, reply) => {
      await deps.collect();
      return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    });
  };
}
