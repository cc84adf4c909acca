import { rtoSecondsOf } from '../modules/recoveries/presenter.ts';
import { Gauge } from 'prom-client';
import type { Store } from '../platform/db/database.ts';
import type { Metrics } from '../platform/metrics.ts';
import type { AssemblyRpo } from '../modules/assemblies/service.ts';
import type { Database } from './schema.ts';

type AssemblyLabel = 'account_id' | 'project_id' | 'assembly';
const ASSEMBLY_LABELS: AssemblyLabel[] = ['account_id', 'project_id', 'assembly'];
interface StateGauges {
  connections: Gauge<'status'>;
  jobs: Gauge<'status'>;
  protections: Gauge<'status'>;
  lastProtected: Gauge<AssemblyLabel>;
  rpoBreached: Gauge<AssemblyLabel | 'rpo_status'>;
  lastDrillSucceeded: Gauge<AssemblyLabel | 'status'>;
  lastDrillAt: Gauge<AssemblyLabel>;
  measuredRto: Gauge<AssemblyLabel>;
}
const gauges = new WeakMap<Metrics, StateGauges>();

function stateGauges(metrics: Metrics): StateGauges {
  const registers = [metrics.registry];
  return {
    connections: new Gauge({ name: 'lifeboat_cloud_connections', help: 'Cloud connections by status', labelNames: ['status'], registers }),
    jobs: new Gauge({ name: 'lifeboat_jobs', help: 'Jobs by status', labelNames: ['status'], registers }),
    protections: new Gauge({ name: 'lifeboat_protections', help: 'Protections by status', labelNames: ['status'], registers }),
    lastProtected: new Gauge({
      name: 'lifeboat_assembly_last_successful_protection_timestamp_seconds',
      help: 'When each assembly last finished a protection with status success (a partial one does not count): alert on its age',
      labelNames: ASSEMBLY_LABELS, registers,
    }),
    rpoBreached: new Gauge({
      name: 'lifeboat_assembly_rpo_breached',
      help: 'Per assembly, 1 when its RPO is breached (rpo_status says met, breached or unknown): the last success is older than its target',
      labelNames: [...ASSEMBLY_LABELS, 'rpo_status'], registers,
    }),
    lastDrillSucceeded: new Gauge({
      name: 'lifeboat_assembly_last_drill_succeeded',
      help: 'Per assembly, 1 when its latest finished recovery (drill) completed, else 0; status is that recovery\'s',
      labelNames: [...ASSEMBLY_LABELS, 'status'], registers,
    }),
    lastDrillAt: new Gauge({
      name: 'lifeboat_assembly_last_drill_timestamp_seconds', help: 'When each assembly\'s latest finished recovery (drill) finished',
      labelNames: ASSEMBLY_LABELS, registers,
    }),
    measuredRto: new Gauge({
      name: 'lifeboat_assembly_measured_rto_seconds', help: 'The RTO measured by each assembly\'s latest recovery that has one (start to validated)',
      labelNames: ASSEMBLY_LABELS, registers,
    }),
  };
}

/** The latest finished recovery of each assembly not deleted, with its assembly's labels. */
function latestRecoveries(store: Store<Database>) {
  return store.db.selectFrom('recoveries as r').innerJoin('cloud_assemblies as a', 'a.id', 'r.assembly_id')
    .select(['a.account_id', 'a.project_id', 'a.name', 'r.status', 'r.finished_at'])
    .where('a.status', '<>', 'deleted').where('r.finished_at', 'is not', null)
    .where((eb) => eb('r.finished_at', '=', eb.selectFrom('recoveries as l').select((l) => l.fn.max('l.finished_at').as('m')).whereRef('l.assembly_id', '=', 'r.assembly_id')))
    .execute();
}

/** The RTO of each assembly's latest recovery that measured one (validated: start to validation passed). */
async function measuredRtos(store: Store<Database>): Promise<Array<{ account_id: number; project_id: string; name: string; rto_seconds: number }>> {
  const rows = await store.db.selectFrom('recoveries as r').innerJoin('cloud_assemblies as a', 'a.id', 'r.assembly_id')
    .select(['a.account_id', 'a.project_id', 'a.name', 'r.validation_status', 'r.validated_at', 'r.created_at'])
    .where('a.status', '<>', 'deleted').where('r.validation_status', '=', 'passed').where('r.validated_at', 'is not', null)
    .where((eb) => eb('r.created_at', '=', eb.selectFrom('recoveries as l').select((l) => l.fn.max('l.created_at').as('m'))
      .whereRef('l.assembly_id', '=', 'r.assembly_id').where('l.validation_status', '=', 'passed')))
    .execute();
  return rows.map((row) => ({ account_id: row.account_id, project_id: row.project_id, name: row.name, rto_seconds: rtoSecondsOf(row)! }));
}

const labelsOf = (row: { account_id: number; project_id: string; name: string }) =>
  ({ account_id: String(row.account_id), project_id: row.project_id, assembly: row.name });

/** State gauges read from the database at scrape time, so every node reports the same truth; the RPO at the app's clock. */
export async function collectGauges(store: Store<Database>, metrics: Metrics, rpo: () => Promise<AssemblyRpo[]>): Promise<void> {
  let g = gauges.get(metrics);
  if (!g) {
    g = stateGauges(metrics);
    gauges.set(metrics, g);
  }
  const [connections, jobs, protections, assemblies, rpos, drills, rtos] = await Promise.all([
    store.db.selectFrom('cloud_connections').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    store.db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    store.db.selectFrom('protections').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    store.db.selectFrom('cloud_assemblies').select(['account_id', 'project_id', 'name', 'last_successful_protection_at'])
      .where('status', '<>', 'deleted').where('last_successful_protection_at', 'is not', null).execute(),
    rpo(),
    latestRecoveries(store),
    measuredRtos(store),
  ]);
  g.protections.reset();
  for (const row of protections) g.protections.set({ status: row.status }, Number(row.n));
  g.lastProtected.reset();
  for (const row of assemblies) g.lastProtected.set(labelsOf(row), row.last_successful_protection_at! / 1000);
  g.rpoBreached.reset();
  for (const row of rpos) g.rpoBreached.set({ ...labelsOf(row), rpo_status: row.status }, row.status === 'breached' ? 1 : 0);
  g.lastDrillSucceeded.reset();
  g.lastDrillAt.reset();
  for (const row of drills) {
    g.lastDrillSucceeded.set({ ...labelsOf(row), status: row.status }, row.status === 'completed' ? 1 : 0);
    g.lastDrillAt.set(labelsOf(row), row.finished_at! / 1000);
  }
  g.measuredRto.reset();
  for (const row of rtos) g.measuredRto.set(labelsOf(row), Number(row.rto_seconds));
  g.connections.reset();
  for (const row of connections) g.connections.set({ status: row.status }, Number(row.n));
  g.jobs.reset();
  for (const row of jobs) g.jobs.set({ status: row.status }, Number(row.n));
}
