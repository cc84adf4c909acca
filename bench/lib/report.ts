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

/** The figures as a plain, aligned text table (numbers right-aligned). */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['scenario', 'measured', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'vs bare', 'server CPU', 'autocannon CPU', 'other CPU', 'result'];
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10]);
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
      load?.loadGeneratorCpuPercent === undefined ? '-' : `${load.loadGeneratorCpuPercent.toFixed(0)}%`,
      otherCpu(load),
      problem ? `FAIL (${problem})` : 'ok',
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const render = (cells: readonly string[]) =>
    cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [render(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const line of lines) out.push(render(line));
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
