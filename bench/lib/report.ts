import os from 'node:os';
import { rowProblem, type BenchRow, type BenchSettings, type LoadFigures } from './types.ts';

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);
}

/** Machine CPU used by neither the server nor the load generator during the run (other processes, PostgreSQL
 * included), in % of one core. */
export function otherCpuPercent(load: LoadFigures | undefined): number | undefined {
  if (load?.machineCpuPercent === undefined || load.serverCpuPercent === undefined || load.loadGeneratorCpuPercent === undefined) return undefined;
  return Math.max(0, load.machineCpuPercent - load.serverCpuPercent - load.loadGeneratorCpuPercent);
}

function otherCpu(load: LoadFigures | undefined): string {
  const other = otherCpuPercent(load);
  return other === undefined ? '-' : `${other.toFixed(0)}%`;
}

/** Aligned text: a header, a rule, the lines; columns in `numeric` are right-aligned. */
function align(header: readonly string[], lines: readonly (readonly string[])[], numeric: (column: number) => boolean): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  const render = (cells: readonly string[]) =>
    widths.map((width, i) => (numeric(i) ? (cells[i] ?? '').padStart(width) : (cells[i] ?? '').padEnd(width))).join('  ').trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)];
}

/** The load runs (autocannon) as one table. */
function loadTable(rows: readonly BenchRow[]): string[] {
  const header = ['scenario', 'measured', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'vs bare', 'server CPU', 'server µs/req', 'CPU/req vs node', 'autocannon CPU', 'other CPU', 'result'];
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const lines = rows.map((row) => {
    const load = row.load;
    const problem = rowProblem(row);
    return [
      row.scenario,
      row.name,
      load ? fixed(load.requestsPerSec, 0) : '-',
      load ? fixed(load.p50Ms, 2) : '-',
      load ? fixed(load.p99Ms, 2) : '-',
      load ? String(load.non2xx) : '-',
      load ? String(load.errors + load.timeouts) : '-',
      row.ratioToBare === undefined ? '-' : `${row.ratioToBare.toFixed(2)}× bare`,
      load?.serverCpuPercent === undefined ? '-' : `${load.serverCpuPercent.toFixed(0)}%`,
      fixed(load?.serverCpuUsPerRequest, 1),
      row.cpuToFloor === undefined ? '-' : `${row.cpuToFloor.toFixed(1)}×`,
      load?.loadGeneratorCpuPercent === undefined ? '-' : `${load.loadGeneratorCpuPercent.toFixed(0)}%`,
      otherCpu(load),
      problem ? `FAIL (${problem})` : 'ok',
    ];
  });
  return align(header, lines, (i) => numeric.has(i));
}

/** Rows with cells of their own (not load runs): one table per scenario, its columns the union of the rows' cells. */
function cellTable(rows: readonly BenchRow[]): string[] {
  const titles = [...new Set(rows.flatMap((row) => Object.keys(row.cells ?? {})))];
  const header = ['scenario', 'measured', ...titles, 'result'];
  const lines = rows.map((row) => {
    const problem = rowProblem(row);
    return [row.scenario, row.name, ...titles.map((title) => row.cells?.[title] ?? '-'), problem ? `FAIL (${problem})` : 'ok'];
  });
  // Right-align the columns whose cells all start with a digit (or are '-'): figures, not words.
  const numeric = (i: number) => i >= 2 && i < header.length - 1 && lines.every((line) => /^(?:[-+]?\d|-$)/.test(line[i] ?? '-'));
  return align(header, lines, numeric);
}

/** The figures as plain, aligned text tables (numbers right-aligned): the load runs, then each scenario's own table. */
export function formatTable(rows: readonly BenchRow[]): string {
  const out: string[] = [];
  const loadRows = rows.filter((row) => row.load || !row.cells);
  if (loadRows.length) out.push(...loadTable(loadRows));
  const scenarios = [...new Set(rows.filter((row) => row.cells && !row.load).map((row) => row.scenario))];
  for (const scenario of scenarios) {
    if (out.length) out.push('');
    out.push(...cellTable(rows.filter((row) => row.cells && !row.load && row.scenario === scenario)));
  }
  const notes = rows.flatMap((row) => (row.notes ?? []).map((note) => `  ${row.scenario} / ${row.name}: ${note}`));
  if (notes.length) out.push('', 'notes:', ...notes);
  return out.join('\n');
}

/** What the machine was: the figures mean little without it. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${os.release()} ${process.arch}`,
    loadGenerator: 'autocannon 8 in the benchmark process; each server in a child process on the same machine (they share its cores)',
  };
}

/** One line, `BENCH_JSON {…}`, for tooling. */
export function jsonLine(report: {
  settings: BenchSettings;
  database: 'sqlite' | 'postgres';
  scenarios: readonly string[];
  rows: readonly BenchRow[];
  ok: boolean;
}): string {
  const rows = report.rows.map((row) => ({ ...row, problem: rowProblem(row) ?? null }));
  return `BENCH_JSON ${JSON.stringify({ version: 1, at: new Date().toISOString(), machine: machine(), ...report, rows })}`;
}
