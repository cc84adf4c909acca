// npm run bench [-- <scenario> …]
//
// Runs the named benchmark scenarios (all of them when none is named) against servers on 127.0.0.1,
// prints an aligned table and then one `BENCH_JSON {…}` line on stdout (progress goes to stderr), and
// exits non-zero if a scenario failed, had connection errors or non-2xx responses, or reported an
// invalid figure.
//
//   BENCH_SECONDS          measured seconds per run (default 10)
//   BENCH_CONNECTIONS      concurrent connections of the load generator (default 10)
//   BENCH_WARMUP_SECONDS   unmeasured warm-up before each measured run (default 2)
//   LIFEBOAT_DATABASE_URL  run Lifeboat on PostgreSQL (a fresh schema, dropped at the end) instead of SQLite
import { measure } from './lib/load.ts';
import { formatTable, jsonLine, machine, otherCpuPercent } from './lib/report.ts';
import { startServer } from './lib/server.ts';
import { rowProblem, type BenchContext, type BenchRow, type BenchSettings, type LoadFigures } from './lib/types.ts';
import { SCENARIOS } from './scenarios/index.ts';

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function whole(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function usage(): string {
  return `usage: npm run bench [-- <scenario> …]\nscenarios:\n${SCENARIOS.map((s) => `  ${s.name.padEnd(12)} ${s.description}`).join('\n')}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage());
    return 0;
  }
  const unknown = argv.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length) {
    process.stderr.write(`unknown scenario: ${unknown.join(', ')}\n${usage()}`);
    return 2;
  }
  const selected = argv.length ? SCENARIOS.filter((s) => argv.includes(s.name)) : SCENARIOS;

  const settings: BenchSettings = {
    seconds: whole('BENCH_SECONDS', 10, 1, 3600),
    connections: whole('BENCH_CONNECTIONS', 10, 1, 1000),
    warmupSeconds: whole('BENCH_WARMUP_SECONDS', 2, 0, 600),
  };
  const database = process.env.LIFEBOAT_DATABASE_URL ? 'postgres' : 'sqlite';
  const host = machine();
  log(`${selected.map((s) => s.name).join(', ')}: ${settings.seconds}s measured (+${settings.warmupSeconds}s warm-up), ${settings.connections} connections, ${database}`);
  log(`machine: ${host.cpus} × ${host.cpuModel}, ${host.memoryGiB} GiB, node ${host.node}; the load generator shares the cores with the server`);

  const cleanups: Array<() => Promise<void> | void> = [];
  let baseline: Promise<LoadFigures> | undefined;
  let floor: Promise<LoadFigures> | undefined;
  const ctx: BenchContext = {
    settings,
    log,
    defer: (cleanup) => { cleanups.push(cleanup); },
    baseline() {
      baseline ??= (async () => {
        log(`bare Fastify GET /ping: ${settings.warmupSeconds}s warm-up, ${settings.seconds}s measured, ${settings.connections} connections`);
        const server = await startServer({ type: 'start', kind: 'bare' });
        try {
          const { figures } = await measure({ url: server.url, path: '/ping', ...settings, server, title: 'bare' });
          return figures;
        } finally {
          await server.close();
        }
      })();
      return baseline;
    },
    floor() {
      floor ??= (async () => {
        log(`bare node:http GET /ping: ${settings.warmupSeconds}s warm-up, ${settings.seconds}s measured, ${settings.connections} connections`);
        const server = await startServer({ type: 'start', kind: 'node' });
        try {
          const { figures } = await measure({ url: server.url, path: '/ping', ...settings, server, title: 'node:http' });
          return figures;
        } finally {
          await server.close();
        }
      })();
      return floor;
    },
  };

  const rows: BenchRow[] = [];
  try {
    for (const scenario of selected) {
      const started = Date.now();
      try {
        rows.push(...(await scenario.run(ctx)));
      } catch (error) {
        log(`${scenario.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        rows.push({ scenario: scenario.name, name: '(scenario failed)', invalid: error instanceof Error ? error.message : String(error) });
      }
      log(`${scenario.name} took ${((Date.now() - started) / 1000).toFixed(1)}s`);
    }
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log(`clean-up failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  const ok = rows.length > 0 && rows.every((row) => rowProblem(row) === undefined);
  process.stdout.write(`\n${formatTable(rows)}\n\n`);
  process.stdout.write(`machine: ${host.cpus} cores (${host.cpuModel}), node ${host.node}; autocannon and the server share these cores\n`);
  if (rows.some((row) => row.load)) {
    process.stdout.write(`settings: ${settings.seconds}s measured after a ${settings.warmupSeconds}s warm-up, ${settings.connections} connections, pipelining 1, Lifeboat on ${database}\n`);
  } else {
    process.stdout.write(`settings: Lifeboat on ${database}\n`);
  }
  const busiest = Math.max(0, ...rows.map((row) => otherCpuPercent(row.load) ?? 0));
  if (busiest >= 25) {
    process.stdout.write(`warning: other processes${database === 'postgres' ? ' (PostgreSQL among them)' : ''} used up to ${busiest.toFixed(0)}% of a core during the measured runs; the figures are lower than on a quiet machine\n`);
  }
  process.stdout.write('\n');
  process.stdout.write(`${jsonLine({ settings, database, scenarios: selected.map((s) => s.name), rows, ok })}\n`);
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Everything is closed by now; should a handle linger, do not hang the run.
    setTimeout(() => {
      log('exiting with handles still open');
      process.exit(code);
    }, 5000).unref();
  },
  (error) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
