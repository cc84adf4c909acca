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

const Health = Type.Object({ status: Type.String(), checks: Type.Optional(Type.Record(Type.String(), Type.String())) });

/** Unauthenticated: process up, database reachable with migrations applied, Prometheus metrics. */
export function opsRoutes(deps: OpsDeps) {
  return async function (app: HttpServer): Promise<void> {
    app.get('/healthz', {
      schema: { operationId: 'getHealth', tags: ['ops'], security: [], summary: 'The process is up', response: { 200: Health } },
    }, async () => ({ status: 'ok' }));

    app.get('/readyz', {
      schema: {
        operationId: 'getReadiness', tags: ['ops'], security: [], summary: 'The database is reachable and migrated',
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
      schema: { operationId: 'getMetrics', tags: ['ops'], security: [], summary: 'Prometheus metrics (text exposition format)' },
    }, async (_request, reply) => {
      await deps.collect();
      return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    });
  };
}
