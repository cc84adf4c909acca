import { Gauge } from 'prom-client';
import type { Store } from '../platform/db/database.ts';
import type { Metrics } from '../platform/metrics.ts';
import type { Database } from './schema.ts';

const gauges = new WeakMap<Metrics, { connections: Gauge<'status'>; jobs: Gauge<'status'> }>();

/** State gauges read from the database at scrape time, so every node reports the same truth. */
export async function collectGauges(store: Store<Database>, metrics: Metrics): Promise<void> {
  let g = gauges.get(metrics);
  if (!g) {
    g = {
      connections: new Gauge({ name: 'lifeboat_cloud_connections', help: 'Cloud connections by status', labelNames: ['status'], registers: [metrics.registry] }),
      jobs: new Gauge({ name: 'lifeboat_jobs', help: 'Jobs by status', labelNames: ['status'], registers: [metrics.registry] }),
    };
    gauges.set(metrics, g);
  }
  const [connections, jobs] = await Promise.all([
    store.db.selectFrom('cloud_connections').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    store.db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
  ]);
  g.connections.reset();
  for (const row of connections) g.connections.set({ status: row.status }, Number(row.n));
  g.jobs.reset();
  for (const row of jobs) g.jobs.set({ status: row.status }, Number(row.n));
}
