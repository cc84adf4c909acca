// The server side of a benchmark, in a process of its own so the load generator (autocannon, in the parent)
// does not share its event loop. The parent forks this file and talks over IPC:
//   parent → {type:'start', kind:'bare'}                 a fresh Fastify with GET /ping
//   parent → {type:'start', kind:'node'}                 a bare node:http server answering every request as /ping does (the floor)
//   parent → {type:'start', kind:'lifeboat', env}        buildApp(loadConfig(env)), API and job runner
//   child  → {type:'ready', url, accountId?}  |  {type:'failed', message}
//   parent → {type:'stop'}   child → {type:'stopped'} and exits
// The child exits by itself if the parent goes away.
import { createRequire } from 'node:module';
import type { ServerMessage, ParentMessage } from './server-protocol.ts';

interface Running {
  url: string;
  accountId?: number;
  close(): Promise<void>;
}

function send(message: ServerMessage): void {
  process.send?.(message);
}

function addressOf(server: { address(): unknown }): string {
  const address = server.address();
  if (!address || typeof address !== 'object' || !('port' in address)) throw new Error('the server is not listening on a TCP port');
  return `http://127.0.0.1:${(address as { port: number }).port}`;
}

async function startBare(): Promise<Running> {
  const { default: Fastify } = await import('fastify');
  const app = Fastify();
  app.get('/ping', async () => ({ ok: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: addressOf(app.server), close: () => app.close() };
}

/** The floor: node:http alone, the same JSON body Fastify's /ping sends, nothing else. */
async function startNode(): Promise<Running> {
  const { createServer } = await import('node:http');
  const body = JSON.stringify({ ok: true });
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: addressOf(server),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function startLifeboat(env: Record<string, string>): Promise<Running> {
  if (env.LIFEBOAT_DATABASE_URL) countPgStatements();
  const { buildApp } = await import('../../src/app/build.ts');
  const { loadConfig } = await import('../../src/platform/config.ts');
  const app = await buildApp(loadConfig(env), { api: true, worker: true });
  try {
    // The simulated estate the demo role reaches, as test/helpers/app.ts seeds it (LIFEBOAT_DEMO=false seeds nothing).
    await app.sim!.seedDemoEstate();
    await app.http.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return { url: addressOf(app.http.server), accountId: app.defaultAccountId, close: () => app.close() };
}

/**
 * Counts the statements this process sends to PostgreSQL: every pg Client.query (the pools' clients and the
 * LISTEN connection alike), patched on the pg module Lifeboat itself loads (src/platform/db/database.ts requires
 * 'pg' from the same node_modules). Parsing the SQL is left to the database; a multi-statement text counts once.
 * The bench reads the count through `usage` before and after each phase (statements per phase, issue 19).
 */
let pgStatements = 0;
/** BENCH_PG_TOP=<n>: each usage request also writes to stderr the n statements sent most often since the previous one. */
const topStatements = Number(process.env.BENCH_PG_TOP ?? 0);
const bySql = new Map<string, number>();
function countPgStatements(): void {
  const pg = createRequire(import.meta.url)('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function counted(this: unknown, ...args: unknown[]) {
    pgStatements += 1;
    if (topStatements > 0) {
      const first = args[0] as string | { text?: string };
      const text = (typeof first === 'string' ? first : (first?.text ?? '?')).replace(/\$\d+(, \$\d+)*/g, '$n').replace(/\(\$n\)(, \(\$n\))*/g, '($n)…').slice(0, 160);
      bySql.set(text, (bySql.get(text) ?? 0) + 1);
    }
    return query.apply(this, args);
  };
}

function writeTopStatements(): void {
  if (topStatements <= 0 || bySql.size === 0) return;
  const top = [...bySql].sort((a, b) => b[1] - a[1]).slice(0, topStatements);
  process.stderr.write(`pg statements since the last usage, top ${topStatements}:\n${top.map(([text, n]) => `${String(n).padStart(7)}  ${text}`).join('\n')}\n`);
  bySql.clear();
}

let running: Running | undefined;

process.on('message', (message: ParentMessage) => {
  void (async () => {
    if (message.type === 'start') {
      try {
        running = message.kind === 'bare' ? await startBare() : message.kind === 'node' ? await startNode() : await startLifeboat(message.env);
        send({ type: 'ready', url: running.url, accountId: running.accountId });
      } catch (error) {
        send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        process.exit(1);
      }
    } else if (message.type === 'stop') {
      try {
        await running?.close();
      } finally {
        send({ type: 'stopped' });
        process.disconnect?.();
        process.exit(0);
      }
    } else if (message.type === 'usage') {
      writeTopStatements();
      const cpu = process.cpuUsage();
      send({ type: 'usage', cpuUserMs: cpu.user / 1000, cpuSystemMs: cpu.system / 1000, rssBytes: process.memoryUsage().rss, pgStatements });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
