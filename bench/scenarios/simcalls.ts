import { SimCloud, type SimTables } from '../../src/cloud/sim/index.ts';
import { MIGRATIONS } from '../../src/app/migrations.ts';
import { openStore } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { createBenchDatabase } from '../lib/database.ts';
import type { BenchContext, BenchRow, Scenario } from '../lib/types.ts';

const NAME = 'simcalls';
const CALLS = 3_000;
const CONCURRENCY = 10;
const CREDENTIALS = { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess', externalId: 'lifeboat-external-id' } as const;

/**
 * The simulated cloud's own bookkeeping per call, in this process: releaseConnection does nothing but what every
 * sim call does first (credentials, latency setting, call log, faults). 3,000 calls, 10 at a time, at zero latency,
 * after 300 unmeasured. Issue 19: on PostgreSQL this bookkeeping dominated protections, recoveries and resets.
 */
async function measure(ctx: BenchContext): Promise<BenchRow> {
  const database = await createBenchDatabase();
  const store = openStore<SimTables>({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, poolSize: 10 });
  try {
    await migrateToLatest(store.db, store.dialect, MIGRATIONS);
    const sim = new SimCloud(store, { latencyMs: 0 });
    await sim.seedDemoEstate();
    const run = async (calls: number) => {
      let next = 0;
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < calls) await sim.releaseConnection(CREDENTIALS);
      }));
    };
    await run(300);
    ctx.log(`${NAME}: ${CALLS} releaseConnection calls, ${CONCURRENCY} at a time, on ${database.dialect}`);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await run(CALLS);
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const logged = await sim.countCalls({ operation: 'releaseConnection' });
    const wallUs = (wallMs * 1000) / CALLS;
    const cpuUs = (cpu.user + cpu.system) / CALLS;
    return {
      scenario: NAME,
      name: `sim call bookkeeping (${database.dialect})`,
      ...(logged !== CALLS + 300 ? { invalid: `${logged} calls logged, not ${CALLS + 300}` } : {}),
      cells: { calls: String(CALLS), concurrency: String(CONCURRENCY), 'µs/call (wall)': wallUs.toFixed(0), 'CPU µs/call': cpuUs.toFixed(0) },
      extra: { calls: CALLS, concurrency: CONCURRENCY, wallUsPerCall: Math.round(wallUs), cpuUsPerCall: Math.round(cpuUs), database: database.dialect },
    };
  } finally {
    await store.close();
    await database.drop();
  }
}

export const scenario: Scenario = {
  name: NAME,
  description: "the simulated cloud's per-call bookkeeping (credentials, settings, call log, faults): 3,000 calls in process",
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    return [await measure(ctx)];
  },
};
