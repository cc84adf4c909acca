/** What one load run measured (autocannon against one route). */
export interface LoadFigures {
  /** Mean of autocannon's per-second samples (all responses, whatever their status). */
  readonly requestsPerSec: number;
  /** Latency percentiles over every response of the measured run, in ms (sub-millisecond precision). */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Responses received in the measured run. */
  readonly responses: number;
  readonly non2xx: number;
  /** Responses per status code, e.g. {"200": 51234}. */
  readonly statusCodes: Readonly<Record<string, number>>;
  /** Connection errors, timeouts included. */
  readonly errors: number;
  readonly timeouts: number;
  readonly durationSec: number;
  readonly connections: number;
  /** CPU time the server process used during the measured run, as a percentage of one core (200% = both of 2 cores). */
  readonly serverCpuPercent?: number;
  /** Server CPU time (user + system, from the server process's process.cpuUsage()) over the measured run divided
   * by the responses of that run, µs: what one request costs the server, whatever else ran on the machine. */
  readonly serverCpuUsPerRequest?: number;
  /** CPU time of the load generator (this process) during the measured run, as a percentage of one core. */
  readonly loadGeneratorCpuPercent?: number;
  /** Busy CPU of the whole machine during the measured run (Linux), same unit: what is left after the server and
   * the load generator was other processes, which makes the figure less trustworthy. */
  readonly machineCpuPercent?: number;
}

/** One line of the report. */
export interface BenchRow {
  /** The scenario that produced it (the name given on the command line). */
  readonly scenario: string;
  /** What was measured, e.g. "GET connection". */
  readonly name: string;
  readonly load?: LoadFigures;
  /** requests/s as a fraction of the bare Fastify route's. */
  readonly ratioToBare?: number;
  /** Server CPU per request as a multiple of the bare node:http server's (the floor): 1 is as cheap as Node gets. */
  readonly cpuToFloor?: number;
  /** Set when the figure must not be used (e.g. 412s in a conditional-write run); the run then fails. */
  readonly invalid?: string;
  /** Free-form extra figures for scenarios that are not plain load runs (durations, counts). */
  readonly extra?: Readonly<Record<string, number | string>>;
  /**
   * For rows that are not load runs: the cells of the scenario's own table, column title → text, in column
   * order. Such rows are printed in a table per scenario below the load table (their `extra` carries the raw
   * figures for the JSON line).
   */
  readonly cells?: Readonly<Record<string, string>>;
  readonly notes?: readonly string[];
}

export interface BenchSettings {
  /** Length of each measured run (BENCH_SECONDS). */
  readonly seconds: number;
  /** Concurrent HTTP connections of the load generator (BENCH_CONNECTIONS). */
  readonly connections: number;
  /** Unmeasured run before each measured one (BENCH_WARMUP_SECONDS). */
  readonly warmupSeconds: number;
}

export interface BenchContext {
  readonly settings: BenchSettings;
  /** Progress for the operator, on stderr (stdout carries only the table and the JSON line). */
  log(message: string): void;
  /** Registers a clean-up that runs when the whole run ends (last registered first), even after a failure. */
  defer(cleanup: () => Promise<void> | void): void;
  /** The bare Fastify route's figures, measured on first use and shared by every scenario of the run. */
  baseline(): Promise<LoadFigures>;
  /** The bare node:http server's figures (the floor), measured on first use and shared likewise. */
  floor(): Promise<LoadFigures>;
}

/** A benchmark: bench/scenarios/<name>.ts exports one; `npm run bench -- <name>` runs it. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** Why a row fails the run, or undefined. */
export function rowProblem(row: BenchRow): string | undefined {
  if (row.invalid) return `invalid: ${row.invalid}`;
  const load = row.load;
  if (!load) return undefined;
  const problems: string[] = [];
  if (load.errors > 0) problems.push(`${load.errors} connection errors`);
  if (load.timeouts > 0) problems.push(`${load.timeouts} timeouts`);
  if (load.non2xx > 0) problems.push(`${load.non2xx} non-2xx responses`);
  if (load.responses === 0) problems.push('no responses');
  return problems.length ? problems.join(', ') : undefined;
}
