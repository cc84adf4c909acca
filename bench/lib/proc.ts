import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';

const MiB = 2 ** 20;

/** One reading of /proc/<pid>/status (Linux): resident set now and its high-water mark, bytes. */
export interface RssReading {
  readonly rssBytes: number;
  /** VmHWM: the peak resident set since the process started, or since the last resetPeak(). */
  readonly hwmBytes: number;
}

/** Reads VmRSS and VmHWM of a process, or undefined where /proc is not there (not Linux) or the process is gone. */
export function readRss(pid: number): RssReading | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  };
  const rssBytes = kib('VmRSS');
  const hwmBytes = kib('VmHWM');
  return rssBytes === undefined || hwmBytes === undefined ? undefined : { rssBytes, hwmBytes };
}

/**
 * Resets the process's VmHWM to its current RSS (`echo 5 > /proc/<pid>/clear_refs`, Linux 4.0+; allowed for
 * our own children). True when it worked: the HWM read later is then the peak since now.
 */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export interface RssFigures {
  /** RSS when sampling started, bytes. */
  readonly startBytes: number | undefined;
  /** The largest of the 50 ms samples and, when the reset worked, VmHWM (which also sees peaks between samples). */
  readonly peakBytes: number | undefined;
  /** The largest sample alone. */
  readonly sampledPeakBytes: number | undefined;
  /** VmHWM at the end: the peak since the reset, or since the process started when the reset failed. */
  readonly hwmBytes: number | undefined;
  /** Whether VmHWM was reset at the start (else it may include a peak from before the measured span). */
  readonly hwmReset: boolean;
  readonly samples: number;
  /** When the largest sample was taken, ms after sampling started. */
  readonly sampledPeakAtMs: number | undefined;
  /** Every sample: ms after sampling started, RSS bytes (one per interval; 2,000 for a 100 s run at 50 ms). */
  readonly timeline: ReadonlyArray<readonly [number, number]>;
}

/** Samples a process's RSS every intervalMs from now until stop() (idempotent); the peak is what a measured span needed. */
export function sampleRss(pid: number, intervalMs = 50): { stop(): RssFigures } {
  const hwmReset = resetPeak(pid);
  const started = performance.now();
  const timeline: Array<readonly [number, number]> = [];
  let sampledPeak: number | undefined;
  let sampledPeakAtMs: number | undefined;
  const sample = () => {
    const reading = readRss(pid);
    if (!reading) return undefined;
    const at = performance.now() - started;
    timeline.push([Math.round(at), reading.rssBytes]);
    if (sampledPeak === undefined || reading.rssBytes > sampledPeak) {
      sampledPeak = reading.rssBytes;
      sampledPeakAtMs = at;
    }
    return reading;
  };
  const first = sample();
  const timer = setInterval(sample, intervalMs);
  let figures: RssFigures | undefined;
  return {
    stop() {
      if (figures) return figures;
      clearInterval(timer);
      const last = sample();
      const hwm = last?.hwmBytes;
      const peak = hwmReset && hwm !== undefined ? Math.max(hwm, sampledPeak ?? 0) : sampledPeak;
      figures = {
        startBytes: first?.rssBytes, peakBytes: peak, sampledPeakBytes: sampledPeak, hwmBytes: hwm, hwmReset,
        samples: timeline.length, sampledPeakAtMs, timeline,
      };
      return figures;
    },
  };
}

/**
 * CPU time (user + system) a process has used so far, ms, from /proc/<pid>/stat (Linux; undefined elsewhere).
 * Unlike ServerProcess.usage() it needs nothing from the process: it works while its event loop is blocked.
 */
export function readCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count the fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
    return (utime + stime) * 10; // USER_HZ is 100 on Linux: one tick is 10 ms
  } catch {
    return undefined;
  }
}

/** Bytes as MiB with no decimals, or '-'. */
export function mib(bytes: number | undefined): string {
  return bytes === undefined ? '-' : `${Math.round(bytes / MiB)}`;
}

/** A port nothing listens on right now on 127.0.0.1 (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The median of the values (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
