import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { ServerProcess } from './server.ts';
import type { LoadFigures } from './types.ts';

export interface LoadSpec {
  /** Base URL of the server, e.g. http://127.0.0.1:40123 (loopback only). */
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /**
   * Requests of the autocannon client with this index (0 … connections-1), for runs where each client
   * carries its own state (an ETag, a resource of its own). Called again for the measured run's clients.
   */
  readonly perClient?: (index: number) => autocannon.Request[];
  /** Runs between the warm-up and the measured run (e.g. to re-read state the warm-up's cut-off requests changed). */
  readonly beforeMeasured?: () => Promise<void>;
  readonly title?: string;
  /** The server under load: its CPU time over the measured run is reported. */
  readonly server?: ServerProcess;
}

/** Busy CPU time of the whole machine so far (idle, iowait and steal excluded), in ms summed over cores (Linux /proc/stat; undefined elsewhere). */
export function machineCpu(): { busyMs: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const [, ...fields] = line.trim().split(/\s+/);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields.map(Number);
    const tick = 10; // USER_HZ is 100 on Linux: one tick is 10 ms
    return { busyMs: (user + nice + system + irq + softirq) * tick };
  } catch {
    return undefined;
  }
}

/** Percentile by nearest rank over sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** One autocannon run; latencies are taken from the response events (autocannon's own histogram has 1 ms resolution). */
async function runOnce(spec: LoadSpec, seconds: number): Promise<LoadFigures> {
  let clientIndex = 0;
  const perClient = spec.perClient;
  const options: autocannon.Options = {
    url: new URL(spec.path ?? '/', spec.url).toString(),
    title: spec.title,
    connections: spec.connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    body: spec.body,
    ...(perClient ? { setupClient: (client: autocannon.Client) => client.setRequests(perClient(clientIndex++)) } : {}),
  };
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  const instance = autocannon(options);
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    if (count === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[count++] = responseTime;
  });
  const cpuBefore = process.cpuUsage();
  const machineBefore = machineCpu();
  const wallBefore = performance.now();
  const result = await instance;
  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  const machineAfter = machineCpu();
  const loadGeneratorCpuPercent = ((cpu.user + cpu.system) / 1000 / wallMs) * 100;
  const machineCpuPercent = machineBefore && machineAfter ? ((machineAfter.busyMs - machineBefore.busyMs) / wallMs) * 100 : undefined;
  const sorted = latencies.subarray(0, count).sort();
  const statusCodes: Record<string, number> = {};
  for (const [code, { count: n }] of Object.entries(result.statusCodeStats)) statusCodes[code] = Number(n);
  return {
    requestsPerSec: result.requests.average,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: count ? sorted[count - 1]! : Number.NaN,
    responses: count,
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSec: result.duration,
    connections: spec.connections,
    loadGeneratorCpuPercent,
    ...(machineCpuPercent === undefined ? {} : { machineCpuPercent }),
  };
}

/** A warm-up run (not reported), then the measured run. */
export async function measure(spec: LoadSpec): Promise<{ figures: LoadFigures; warmup: LoadFigures | undefined }> {
  const warmup = spec.warmupSeconds > 0 ? await runOnce(spec, spec.warmupSeconds) : undefined;
  if (spec.beforeMeasured) await spec.beforeMeasured();
  const before = spec.server ? await spec.server.usage() : undefined;
  const startedAt = performance.now();
  const figures = await runOnce(spec, spec.seconds);
  if (!spec.server || !before) return { figures, warmup };
  const after = await spec.server.usage();
  const wallMs = performance.now() - startedAt;
  const cpuMs = after.cpuUserMs + after.cpuSystemMs - before.cpuUserMs - before.cpuSystemMs;
  return {
    figures: {
      ...figures,
      serverCpuPercent: (cpuMs / wallMs) * 100,
      ...(figures.responses > 0 ? { serverCpuUsPerRequest: (cpuMs * 1000) / figures.responses } : {}),
    },
    warmup,
  };
}
