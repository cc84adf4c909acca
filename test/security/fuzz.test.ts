// The fuzzer as a bounded property test: a few thousand generated requests across every operation of /openapi.json
// (the native surface and the two compatible ones), with a fixed seed and a random one (printed on failure;
// LIFEBOAT_FUZZ_SEED replays it). Properties: no 5xx but the 502 of a simulated fault the run injected; every error in its surface's dialect, never a framework's body,
// never a long input echoed back; a refused request writes nothing.
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, connectionBody, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { mutate, ODD_STRINGS, pick, rngOf, validValue, type Rng } from './schema-values.ts';

const FIXED_SEED = 20261203;
const RANDOM_SEED = Number(process.env.LIFEBOAT_FUZZ_SEED ?? randomInt(1, 2 ** 31));
/** Requests per seed: SQLite gets the full run, PostgreSQL a shorter one (the same code paths, slower round trips). */
const REQUESTS = { sqlite: Number(process.env.LIFEBOAT_FUZZ_REQUESTS ?? 2500), postgres: 400 } as const;
/** Tables whose rows a refused request may add: the audit trail records refusals, the sim counts calls. */
const LOGS = new Set(['audit_events', 'sim_calls', 'kysely_migration', 'kysely_migration_lock']);
/** Operations left out: a latency setting would slow every later request of the run without testing anything more. */
const SKIPPED = new Set(['PUT /api/v1/sim/settings']);
const LONG = 'L'.repeat(300);

interface Operation { readonly method: string; readonly path: string; readonly op: Record<string, any> }

for (const dialect of DIALECTS) {
  describe(`fuzz: generated requests over every operation [${dialect}]`, () => {
    let t: TestApp;
    let operations: Operation[];
    let fingerprint: () => Promise<string>;
    const known: Record<string, Array<string | number>> = {};

    beforeAll(async () => {
      t = await startTestApp(dialect, {}, { worker: false });
      const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
      operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })))
        .filter((o) => !SKIPPED.has(`${o.method} ${o.path}`));
      fingerprint = await fingerprinter(t);
      // Something for valid ids to find: a connection, an assembly on it, a network connection.
      known.domain_id = [(await t.app.tenancy.getAccount(t.accountId)).domain_id];
      known.accountId = [t.accountId];
      known.projectId = ['default'];
      await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections`, payload: connectionBody() });
      await t.request({
        method: 'POST', url: `${t.P}/aws/cloud-assemblies`,
        payload: { name: 'shop', cloudConnectionId: 1, sourceRegion: 'us-east-1', resourceFilterStrategy: { filterType: 'vpc', vpcId: 'vpc-0a1b2c3d' } },
      });
      const cc = await t.request({ method: 'POST', url: `/v3/${known.domain_id[0]}/ccaas/cloud-connections`, headers: { 'x-auth-token': ADMIN_TOKEN }, payload: { cloud_connection: { name: 'cc-one' } } });
      if (cc.statusCode < 300) known.id = [cc.json().cloud_connection.id];
    });
    afterAll(() => t.close());

    for (const [label, seed] of [['fixed', FIXED_SEED], ['random', RANDOM_SEED]] as const) {
      it(`${label} seed ${seed}`, async () => {
        const rng = rngOf(seed);
        const count = REQUESTS[dialect];
        let refused = 0;
        for (let i = 0; i < count; i++) {
          const operation = operations[i % operations.length]!;
          const request = generate(operation, rng, known);
          const before = await fingerprint();
          const res = await t.app.http.inject(request);
          const what = `seed ${seed} (LIFEBOAT_FUZZ_SEED=${seed} replays it), request ${i}: ${request.method} ${request.url.slice(0, 200)} body ${String(request.payload ?? '').slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          // A fault the run itself injected through the simulated cloud's API makes the cloud fail: a 502 that names it is the
          // right answer (the next request may meet the same fault). Any other 5xx is a defect.
          if (!(res.statusCode === 502 && /sim fault \d+/.test(res.body))) expect(res.statusCode, what).toBeLessThan(500);
          if (res.statusCode >= 400) {
            refused++;
            expectDialect(request.url, res, what);
            expect(await fingerprint(), `nothing written: ${what}`).toBe(before);
          }
        }
        // The run must have been mostly refusals to mean anything.
        expect(refused).toBeGreaterThan(count / 2);
      }, 600_000);
    }
  });
}

/** The error body of the surface the URL belongs to, with no framework code and no long input echoed back. */
function expectDialect(url: string, res: { statusCode: number; body: string; headers: Record<string, unknown> }, what: string): void {
  expect(res.body, what).not.toMatch(/FST_|"statusCode"|at .*\.ts:\d+/);
  expect(res.body.includes(LONG.slice(0, 150)), `long input echoed: ${what}`).toBe(false);
  if (res.statusCode === 404 && res.headers['content-type']?.toString().startsWith('text/html')) return; // the console's own page
  const body = JSON.parse(res.body);
  if (url.startsWith('/v3/')) {
    expect(Object.keys(body).sort(), what).toEqual(['error_code', 'error_msg', 'request_id']);
    expect(body.error_code, what).toMatch(/^CC\.\d{4}$/);
  } else if (url.startsWith('/connections/aws')) {
    expect(Array.isArray(body.errors) && body.errors.length > 0, what).toBe(true);
    for (const error of body.errors) expect(Object.keys(error).sort(), what).toEqual(['error_code', 'error_message']);
  } else {
    expect(Array.isArray(body.errors) && body.errors.length > 0, what).toBe(true);
    for (const error of body.errors) expect(Object.keys(error).sort(), what).toEqual(['code', 'message', 'type']);
    expect(typeof body.message, what).toBe('string');
  }
}

interface Generated { method: string; url: string; headers: Record<string, string>; payload?: string | Buffer }

/** One request for the operation: each part valid, broken or left out, at random. */
function generate({ method, path, op }: Operation, rng: Rng, known: Record<string, Array<string | number>>): Generated {
  const params = (op.parameters ?? []) as Array<{ in: string; name: string; schema: Record<string, any>; required?: boolean }>;
  const headers: Record<string, string> = {};
  if (path.startsWith('/v3/')) headers['x-auth-token'] = ADMIN_TOKEN;
  else headers.authorization = `Bearer ${ADMIN_TOKEN}`;
  let url = path;
  const query: string[] = [];
  for (const p of params) {
    const broken = rng() < 0.25;
    // Most ids the fixtures made are 1: an integer id is usually 1, so actions reach their services.
    const id = p.in === 'path' && p.schema.type === 'integer' && rng() < 0.7 ? 1 : undefined;
    const raw = broken ? brokenParam(rng) : String(known[p.name] ? pick(rng, known[p.name]!) : id ?? validValue(p.schema, rng));
    if (p.in === 'path') url = url.replace(`{${p.name}}`, broken && raw === '%ff%fe' ? raw : encode(raw));
    else if (p.in === 'query' && (p.required || rng() < 0.4)) query.push(`${encode(p.name)}=${encode(raw)}`);
    else if (p.in === 'header' && rng() < 0.5) headers[p.name.toLowerCase()] = raw.replace(/[\r\n\u0000-\u001f\u007f-\uffff]/g, '?');
  }
  if (rng() < 0.1) headers['if-match'] = pick(rng, ['"999"', 'garbage', '*', '""']);
  if (rng() < 0.05) headers['idempotency-key'] = pick(rng, ['', 'k'.repeat(300), 'key-1']);
  if (query.length) url += `?${query.join('&')}`;
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const roll = rng();
  let payload: string | Buffer | undefined;
  if (roll < 0.05) payload = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]); // {"\xff\xfe":1}: not UTF-8
  else if (roll < 0.1) payload = pick(rng, ['{', '{"a":', 'null', '[]', '"text"', '{"a":1}{"b":2}', '123']);
  else if (bodySchema) {
    const valid = validValue(bodySchema, rng);
    payload = JSON.stringify(roll < 0.3 ? valid : mutate(valid, bodySchema, rng));
  } else if (['POST', 'PUT', 'PATCH'].includes(method) && roll < 0.5) {
    payload = JSON.stringify(pick(rng, [{ unknown: 1 }, null, { force: true }, []]));
  }
  if (payload !== undefined) headers['content-type'] = rng() < 0.05 ? pick(rng, ['text/plain', 'application/xml', 'multipart/form-data']) : 'application/json';
  return { method, url, headers, ...(payload === undefined ? {} : { payload }) };
}

/** Percent-encoding; a lone surrogate (which encodeURIComponent refuses) goes out as the bytes of invalid UTF-8. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function brokenParam(rng: Rng): string {
  return pick(rng, [...ODD_STRINGS.filter((s) => s.length < 100 && s !== ''), LONG, '99999999999999999999', '-5', '1.5', 'a b']);
}

/** Row counts (and the sum of versions, where rows have one) of every table but the logs: one query. */
async function fingerprinter(t: TestApp): Promise<() => Promise<string>> {
  const db = t.app.store.db as any;
  const sqlite = t.app.store.dialect === 'sqlite';
  const tables = sqlite
    ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)).rows.map((r) => r.name)
    : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)).rows.map((r) => r.name);
  const parts: string[] = [];
  for (const table of tables.filter((name) => !LOGS.has(name)).sort()) {
    const columns = sqlite
      ? (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(db)).rows.map((r) => r.name);
    parts.push(`(select count(*) ${columns.includes('version') ? `|| ':' || coalesce(sum(version), 0)` : ''} from "${table}")`);
  }
  const query = sql.raw(`select ${parts.join(` || ',' || `)} as f`);
  return async () => String(((await query.execute(db)).rows[0] as { f: unknown }).f);
}
