import type autocannon from 'autocannon';
import { eventually, startLifeboat, connectionBody, type BenchLifeboat } from '../lib/lifeboat.ts';
import { measure } from '../lib/load.ts';
import type { BenchContext, BenchRow, LoadFigures, Scenario } from '../lib/types.ts';

const NAME = 'http';

/** One cloud connection one autocannon client writes to, with the ETag of its latest version. */
interface Slot {
  readonly id: number;
  readonly name: string;
  etag: string;
  revision: number;
}

function header(headers: Record<string, string | string[]>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Waits until no background job will change the connections any more: verified, first sync over. */
async function waitUntilSettled(lifeboat: BenchLifeboat, base: string, ids: readonly number[]) {
  return eventually('the connections to be verified and synced', async () => {
    const rows = [];
    for (const id of ids) {
      const response = await lifeboat.request('GET', `${base}/${id}`);
      if (response.status !== 200) throw new Error(`GET connection ${id}: ${response.status} ${JSON.stringify(response.body)}`);
      const body = response.body as { connectivityStatus: string; syncStatus: string; connectivityMessage: string | null };
      if (body.connectivityStatus === 'pending' || body.syncStatus === 'queued' || body.syncStatus === 'running') return undefined;
      rows.push(body);
    }
    return rows;
  }, 60_000);
}

/**
 * The current ETag of each connection, read until two rounds agree: the warm-up's last requests were cut
 * off by autocannon, and the server may still be applying them when it stops.
 */
async function refreshEtags(lifeboat: BenchLifeboat, base: string, slots: readonly Slot[]) {
  const round = async () => {
    const etags: string[] = [];
    for (const slot of slots) {
      const response = await lifeboat.request('GET', `${base}/${slot.id}`);
      if (response.status !== 200 || !response.etag) throw new Error(`GET connection ${slot.id}: ${response.status}, ETag ${response.etag}`);
      etags.push(response.etag);
    }
    return etags;
  };
  let previous = await round();
  for (let attempt = 0; attempt < 50; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const current = await round();
    if (current.every((etag, i) => etag === previous[i])) {
      slots.forEach((slot, i) => { slot.etag = current[i]!; });
      return;
    }
    previous = current;
  }
  throw new Error('the connections kept changing after the warm-up');
}

function ratio(load: LoadFigures, bare: LoadFigures): number {
  return load.requestsPerSec / bare.requestsPerSec;
}

/** Server CPU per request as a multiple of the floor's (node:http), both from this run. */
function cpuRatio(load: LoadFigures, floor: LoadFigures): number | undefined {
  if (load.serverCpuUsPerRequest === undefined || !floor.serverCpuUsPerRequest) return undefined;
  return load.serverCpuUsPerRequest / floor.serverCpuUsPerRequest;
}

function cpuNote(load: LoadFigures, floor: LoadFigures, bare: LoadFigures): string {
  const us = (figures: LoadFigures) => figures.serverCpuUsPerRequest?.toFixed(1) ?? '-';
  const times = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(1)}×`);
  return `server CPU per request ${us(load)} µs: ${times(cpuRatio(load, floor))} node:http's ${us(floor)} µs, ${times(cpuRatio(load, bare))} bare Fastify's ${us(bare)} µs`;
}

/**
 * The HTTP stack: a bare node:http server (the floor) and a bare Fastify route (the baseline), then a real Lifeboat process serving a cloud
 * connection read (GET with the bearer token) and a conditional write (PUT general-information with
 * If-Match, each autocannon client carrying the latest ETag of a connection of its own).
 */
export const scenario: Scenario = {
  name: NAME,
  description: 'bare node:http and bare Fastify GET /ping; Lifeboat GET of a cloud connection; PUT general-information with If-Match',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const { seconds, connections, warmupSeconds } = ctx.settings;
    const rows: BenchRow[] = [];

    // The floor first: node:http with nothing on top, then Fastify with one route, each in a process of its own.
    const floor = await ctx.floor();
    rows.push({ scenario: NAME, name: 'bare node:http GET /ping', load: floor, ratioToBare: ratio(floor, await ctx.baseline()), cpuToFloor: 1 });
    const bare = await ctx.baseline();
    rows.push({
      scenario: NAME, name: 'bare Fastify GET /ping', load: bare, ratioToBare: 1, cpuToFloor: cpuRatio(bare, floor),
      notes: [cpuNote(bare, floor, bare)],
    });

    ctx.log('starting Lifeboat');
    const lifeboat = await startLifeboat({ log: ctx.log });
    ctx.defer(() => lifeboat.close());
    const base = `${lifeboat.projectPath}/aws/cloud-connections`;

    // One connection per autocannon client, created through the API.
    const slots: Slot[] = [];
    for (let i = 0; i < connections; i++) {
      const name = `bench-${i + 1}`;
      const created = await lifeboat.request('POST', base, connectionBody(name));
      if (created.status !== 202) throw new Error(`creating ${name}: ${created.status} ${JSON.stringify(created.body)}`);
      slots.push({ id: (created.body as { id: number }).id, name, etag: created.etag ?? '', revision: 0 });
    }
    ctx.log(`created ${slots.length} cloud connections; waiting for connectivity to leave pending`);
    const settled = await waitUntilSettled(lifeboat, base, slots.map((slot) => slot.id));
    const connectivity = [...new Set(settled.map((row) => row.connectivityStatus))].join(', ');
    ctx.log(`connectivity: ${connectivity}`);
    await refreshEtags(lifeboat, base, slots);
    const target = slots[0]!;
    const connectivityNote = `connectivity after creation: ${connectivity}`;

    ctx.log(`GET connection ${target.id}: ${warmupSeconds}s warm-up, ${seconds}s measured, ${connections} connections`);
    const get = await measure({
      url: lifeboat.url, path: `${base}/${target.id}`, headers: lifeboat.authHeaders,
      connections, seconds, warmupSeconds, server: lifeboat.server, title: 'GET connection',
    });
    rows.push({
      scenario: NAME, name: 'Lifeboat GET connection', load: get.figures, ratioToBare: ratio(get.figures, bare),
      cpuToFloor: cpuRatio(get.figures, floor),
      notes: [cpuNote(get.figures, floor, bare), connectivityNote],
    });

    ctx.log(`PUT general-information with If-Match on ${slots.length} connections: ${warmupSeconds}s warm-up, ${seconds}s measured`);
    let stale = 0;
    const perClient = (index: number): autocannon.Request[] => {
      const slot = slots[index % slots.length]!;
      return [{
        method: 'PUT',
        path: `${base}/${slot.id}/general-information`,
        headers: { ...lifeboat.authHeaders, 'content-type': 'application/json' },
        setupRequest: (request) => {
          slot.revision += 1;
          return {
            ...request,
            headers: { ...request.headers, 'if-match': slot.etag },
            body: JSON.stringify({ name: slot.name, description: `benchmark revision ${slot.revision}` }),
          };
        },
        onResponse: (status, _body, _context, headers) => {
          const etag = header(headers, 'etag');
          if (status === 200 && etag) slot.etag = etag;
          if (status === 412) stale += 1;
        },
      }];
    };
    const put = await measure({
      url: lifeboat.url, connections, seconds, warmupSeconds, perClient, server: lifeboat.server, title: 'PUT general-information',
      beforeMeasured: async () => {
        await refreshEtags(lifeboat, base, slots);
        stale = 0;
      },
    });
    const preconditionFailed = put.figures.statusCodes['412'] ?? 0;
    rows.push({
      scenario: NAME, name: 'Lifeboat PUT general-information (If-Match)', load: put.figures, ratioToBare: ratio(put.figures, bare),
      cpuToFloor: cpuRatio(put.figures, floor),
      ...(preconditionFailed > 0 ? { invalid: `${preconditionFailed} responses were 412 Precondition Failed (stale ETag)` } : {}),
      extra: { connectionsWritten: slots.length, precondition412: preconditionFailed, warmup412: put.warmup?.statusCodes['412'] ?? 0 },
      notes: [cpuNote(put.figures, floor, bare), `each of the ${slots.length} clients writes its own connection and sends the ETag of the previous response; 412s in the measured run: ${preconditionFailed} (onResponse saw ${stale})`],
    });

    await lifeboat.close();
    return rows;
  },
};
