// A job worker for the `jobs` scenario, in a process of its own (as a Lifeboat worker node would be): a
// JobRunner with the configuration's defaults (LIFEBOAT_JOB_* as loadConfig reads them) and one handler,
// `bench.noop`, that does nothing. The parent forks this file and talks over IPC:
//   parent → {type:'start', databaseUrl?, dataDir, env}   open the store, build the runner (not started)
//   child  → {type:'ready'}  |  {type:'failed', message}
//   parent → {type:'go'}     start the runner; from now on the child sends {type:'done', count, cpuMs}
//                            whenever its count of finished jobs changed (at most every 10 ms)
//   parent → {type:'stop'}   stop the runner and the store; the child sends {type:'stopped', count, cpuMs} and exits
// cpuMs is the process's CPU time (user + system) since 'go'. The child exits by itself if the parent goes away.
import { openStore, type Store } from '../../src/platform/db/database.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { JobRunner, type JobTables } from '../../src/platform/jobs/index.ts';
import { randomId } from '../../src/platform/ids.ts';
import { createLogger } from '../../src/platform/logging.ts';

export const NOOP_KIND = 'bench.noop';

export type WorkerParentMessage =
  | { type: 'start'; databaseUrl: string | undefined; dataDir: string; env: Record<string, string> }
  | { type: 'go' }
  | { type: 'stop' };

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'done'; count: number; cpuMs: number }
  | { type: 'stopped'; count: number; cpuMs: number };

let store: Store<JobTables> | undefined;
let runner: JobRunner | undefined;
let count = 0;
let reported = 0;
let cpuAtGo: NodeJS.CpuUsage | undefined;
let reporter: NodeJS.Timeout | undefined;

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function cpuMs(): number {
  const cpu = process.cpuUsage(cpuAtGo);
  return (cpu.user + cpu.system) / 1000;
}

process.on('message', (message: WorkerParentMessage) => {
  void (async () => {
    try {
      if (message.type === 'start') {
        const config = loadConfig({ LIFEBOAT_DATA_DIR: message.dataDir, ...(message.databaseUrl ? { LIFEBOAT_DATABASE_URL: message.databaseUrl } : {}), ...message.env });
        store = openStore<JobTables>({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
        runner = new JobRunner(store, {
          workerId: randomId(`bench-worker-${process.pid}`, 4),
          leaseMs: config.jobLeaseMs, pollMs: config.jobPollMs, concurrency: config.jobConcurrency,
          logger: createLogger('warn'),
          onOutcome: () => { count += 1; },
        });
        runner.register({ kind: NOOP_KIND, run: async () => undefined });
        send({ type: 'ready' });
      } else if (message.type === 'go') {
        cpuAtGo = process.cpuUsage();
        reporter = setInterval(() => {
          if (count !== reported) {
            reported = count;
            send({ type: 'done', count, cpuMs: cpuMs() });
          }
        }, 10);
        await runner!.start();
      } else if (message.type === 'stop') {
        clearInterval(reporter);
        const cpu = cpuMs();
        await runner?.stop(1000);
        await store?.close();
        send({ type: 'stopped', count, cpuMs: cpu });
        process.disconnect?.();
        process.exit(0);
      }
    } catch (error) {
      send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exit(1);
    }
  })();
});
process.on('disconnect', () => process.exit(0));
