import { Gauge } from 'prom-client';
import type { Store } from '../platform/db/database.ts';
import type { Metrics } from '../platform/metrics.ts';
import type { Database } from './schema.ts';

interface StateGauges {
  connections: Gauge<'status'>;
  jobs: Gauge<'status'>;
  protections: Gauge<'status'>;
  lastProtected: Gauge<'account_id' | 'project_id' | 'assembly'>;
}
const gauges = new WeakMap<Metrics, StateGauges>();

/** State gauges read from the database at scrape time, so every node reports the same truth. */
export async function collectGauges(store: Store<Database>, metrics: Metrics): Promise<void> {
  let g = gauges.get(metrics);
  if (!g) {
    g = {
      connections: new Gauge({ name: 'lifeboat_cloud_connections', help: 'Cloud connections by status', labelNames: ['status'], registers: [metrics.registry] }),
      jobs: new Gauge({ name: 'lifeboat_jobs', help: 'Jobs by status', labelNames: ['status'], registers: [metrics.registry] }),
      protections: new Gauge({ name: 'lifeboat_protections', help: 'Protections by status', labelNames: ['status'], registers: [metrics.registry] }),
      lastProtected: new Gauge({
        name: 'lifeboat_assembly_last_successful_protection_timestamp_seconds',
        help: 'When each assembly last finished a successful (or partial) protection: alert on its age',
        labelNames: ['account_id', 'project_id', 'assembly'], registers: [metrics.registry],
      }),
    };
    gauges.set(metrics, g);
  }
  const [connections, jobs, protections, assemblies] = await Promise.all([
    store.db.selectFrom('cloud_connections').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    store.db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    store.db.selectFrom('protections').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    store.db.selectFrom('cloud_assemblies').select(['account_id', 'project_id', 'name', 'last_successful_protection_at'])
      .where('status', '<>', 'deleted').where('last_successful_protection_at', 'is not', null).execute(),
  ]);
  g.protections.reset();
  for (const row of protections) g.protections.set({ status: row.status }, Number(row.n));
  g.lastProtected.reset();
  for (const row of assemblies) {
    g.lastProtected.set({ account_id: String(row.account_id), project_id: row.project_id, assembly: row.name }, row.last_successful_protection_at! / 1000);
  }
  g.connections.reset();
  for (const row of connections) g.connections.set({ status: row.status }, Number(row.n));
  g.jobs.reset();
  for (const row of jobs) g.jobs.set({ status: row.status }, Number(row.n));
}
