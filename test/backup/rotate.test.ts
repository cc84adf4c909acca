import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotateMasterKey } from '../../src/app/catalog-backup.ts';
import { DEMO_ACCESS_KEY } from '../../src/cloud/sim/index.ts';
import { masterKeyId } from '../../src/platform/backup/archive.ts';
import { sealedUnder } from '../../src/platform/secrets.ts';
import { connectionBody, eventually, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { configFor, startOn } from './fixture.ts';

const OLD_KEY = '1'.repeat(64);
const NEW_KEY = '2'.repeat(64);

async function keyConnection(t: TestApp, name: string): Promise<number> {
  const res = await t.request({
    method: 'POST', url: `${t.P}/aws/cloud-connections`,
    payload: connectionBody({ name, accessMethod: { type: 'access-key', accessKeyId: DEMO_ACCESS_KEY.accessKeyId, secretAccessKey: DEMO_ACCESS_KEY.secretAccessKey } }),
  });
  expect(res.statusCode, res.body).toBe(202);
  return res.json().id as number;
}

async function verified(t: TestApp, id: number): Promise<string> {
  expect((await t.request({ method: 'POST', url: `${t.P}/aws/cloud-connections/${id}/verify` })).statusCode).toBe(202);
  return eventually(async () => {
    const c = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections/${id}` })).json();
    return c.connectivityStatus === 'pending' ? undefined : c.connectivityStatus as string;
  }, 15_000, `connection ${id} verified`);
}

describe.each(DIALECTS)('rotate-master-key [%s]', (dialect) => {
  it('under load (connections created and verified meanwhile) loses no secret: every connection verifies under the new key alone', async () => {
    const first = await startTestApp(dialect, { LIFEBOAT_MASTER_KEY: OLD_KEY });
    const database = first.database;
    let current: TestApp = first;
    try {
      const before = [];
      for (let i = 0; i < 4; i++) before.push(await keyConnection(first, `before-${i}`));
      for (const id of before) expect(await verified(first, id)).toBe('success');
      await first.app.close();

      // Rolling restart: the new key seals, both keys open.
      current = await startOn(database, { LIFEBOAT_MASTER_KEY: NEW_KEY, LIFEBOAT_MASTER_KEY_PREVIOUS: OLD_KEY });
      const during = current;
      const load = (async () => {
        const made: number[] = [];
        for (let i = 0; i < 4; i++) {
          made.push(await keyConnection(during, `during-${i}`));
          await verified(during, before[i]!);
        }
        return made;
      })();
      const [report, made] = await Promise.all([rotateMasterKey(configFor(database, { LIFEBOAT_MASTER_KEY: OLD_KEY }), Buffer.from(NEW_KEY, 'hex')), load]);
      expect(report.resealed).toBeGreaterThanOrEqual(4);
      await current.app.close();

      // The old key retired: only the new one is given, and every secret still opens.
      current = await startOn(database, { LIFEBOAT_MASTER_KEY: NEW_KEY });
      for (const id of [...before, ...made]) expect(await verified(current, id)).toBe('success');
      const sealed = await current.app.store.db.selectFrom('cloud_connections').select('secret_sealed').where('secret_sealed', 'is not', null).execute();
      expect(sealed).toHaveLength(8);
      for (const row of sealed) {
        expect(sealedUnder(Buffer.from(NEW_KEY, 'hex'), row.secret_sealed!)).toBe(true);
        expect(sealedUnder(Buffer.from(OLD_KEY, 'hex'), row.secret_sealed!)).toBe(false);
      }
      const audit = await current.app.store.db.selectFrom('audit_events').selectAll().where('action', '=', 'rotateMasterKey').execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ result: 'success', actor: 'cli:rotate-master-key', target_type: 'instance' });
      expect(JSON.stringify(audit)).not.toContain(NEW_KEY);
      await current.app.close();

      // A node still given only the old key is refused at start, naming the variable.
      await expect(startOn(database, { LIFEBOAT_MASTER_KEY: OLD_KEY })).rejects.toThrow(/LIFEBOAT_MASTER_KEY: does not match/);
    } finally {
      await current.app.close().catch(() => undefined);
      await database.drop();
    }
  }, 120_000);
});

describe('rotate-master-key with the generated master.key (SQLite)', () => {
  it('writes the new key to master.key, keeps the old one as master.key.previous, and the restarted server opens every secret', async () => {
    const first = await startTestApp('sqlite');
    const database = first.database;
    let current: TestApp = first;
    try {
      const id = await keyConnection(first, 'keyed');
      expect(await verified(first, id)).toBe('success');
      await first.app.close();
      const keyFile = path.join(database.dataDir, 'master.key');
      const old = fs.readFileSync(keyFile, 'utf8').trim();
      const report = await rotateMasterKey(configFor(database), Buffer.from(NEW_KEY, 'hex'));
      expect(report.keyFile).toBe(keyFile);
      expect(fs.readFileSync(keyFile, 'utf8').trim()).toBe(NEW_KEY);
      expect(fs.readFileSync(`${keyFile}.previous`, 'utf8').trim()).toBe(old);
      expect(fs.statSync(keyFile).mode & 0o077).toBe(0);
      expect(fs.statSync(`${keyFile}.previous`).mode & 0o077).toBe(0);
      fs.rmSync(`${keyFile}.previous`); // retired: the secrets are all under the new key
      current = await startOn(database);
      expect(await verified(current, id)).toBe('success');
      await expect(rotateMasterKey(configFor(database), Buffer.from(NEW_KEY, 'hex'))).rejects.toThrow(/the new key is the current master key/);
    } finally {
      await current.app.close().catch(() => undefined);
      await database.drop();
    }
  }, 60_000);
});

/**
 * README "Rotating the master key", followed step by step with two nodes on one database while requests keep
 * creating and verifying connections on both.
 */
describe.each(DIALECTS)('the rolling master key rotation of the README, two nodes [%s]', (dialect) => {
  it('old key on both -> each restarted with new + previous -> rotate under load -> previous dropped on each: every connection verifies, the old key alone is refused', async () => {
    const first = await startTestApp(dialect, { LIFEBOAT_MASTER_KEY: OLD_KEY });
    const database = first.database;
    const nodes: { a: TestApp; b: TestApp } = { a: first, b: await startOn(database, { LIFEBOAT_MASTER_KEY: OLD_KEY }) };
    const withKeys = (previous: boolean) => ({ LIFEBOAT_MASTER_KEY: NEW_KEY, ...(previous ? { LIFEBOAT_MASTER_KEY_PREVIOUS: OLD_KEY } : {}) });
    const restart = async (node: 'a' | 'b', env: Record<string, string>) => {
      await nodes[node].app.close();
      nodes[node] = await startOn(database, env);
    };
    const ids: number[] = [];
    let serial = 0;
    /** What the operators' users do meanwhile: on each node, create a connection and verify it and an older one. */
    const traffic = async (rounds: number) => {
      for (let i = 0; i < rounds; i++) {
        for (const node of ['a', 'b'] as const) {
          const id = await keyConnection(nodes[node], `conn-${serial++}`);
          ids.push(id);
          expect(await verified(nodes[node], id), `connection ${id} created on ${node}`).toBe('success');
          const older = ids[(i * 7 + serial) % ids.length]!;
          expect(await verified(nodes[node], older), `connection ${older} verified on ${node}`).toBe('success');
        }
      }
    };
    try {
      await traffic(2);

      const sealedOf = async (id: number) => (await nodes.a.app.store.db.selectFrom('cloud_connections').select('secret_sealed').where('id', '=', id).executeTakeFirstOrThrow()).secret_sealed!;

      // 1. Restart the nodes one by one with the new key and the old one as previous: a restarted node opens the
      // secrets sealed under the old key and seals new ones under the new key.
      await restart('a', withKeys(true));
      const onA = await keyConnection(nodes.a, 'sealed-by-restarted-a');
      ids.push(onA);
      expect(sealedUnder(Buffer.from(NEW_KEY, 'hex'), await sealedOf(onA))).toBe(true);
      expect(sealedUnder(Buffer.from(OLD_KEY, 'hex'), await sealedOf(ids[0]!))).toBe(true);
      expect(await verified(nodes.a, ids[0]!)).toBe('success');
      await traffic(2);
      await restart('b', withKeys(true));
      await traffic(1);

      // 2. Rotate (here with LIFEBOAT_MASTER_KEY=<old>) while both nodes serve.
      const carried = await sealedOf(ids[1]!); // what a write begun before the rotation ended could put back
      const [report] = await Promise.all([rotateMasterKey(configFor(database, { LIFEBOAT_MASTER_KEY: OLD_KEY }), Buffer.from(NEW_KEY, 'hex')), traffic(2)]);
      expect(report.resealed).toBeGreaterThanOrEqual(4);
      expect(report.oldKeyIds).toEqual([masterKeyId(Buffer.from(OLD_KEY, 'hex'))]);
      expect(report.newKeyId).toBe(masterKeyId(Buffer.from(NEW_KEY, 'hex')));
      // Such a write landing after the last pass: the value is under the old key again. Running the command once
      // more before step 3 (as the README says) seals it again, and a further run finds nothing left.
      expect(sealedUnder(Buffer.from(OLD_KEY, 'hex'), carried)).toBe(true);
      await nodes.a.app.store.db.updateTable('cloud_connections').set({ secret_sealed: carried }).where('id', '=', ids[1]!).execute();
      const again = await rotateMasterKey(configFor(database, withKeys(true)), Buffer.from(NEW_KEY, 'hex'));
      expect(again.resealed).toBe(1);
      expect((await rotateMasterKey(configFor(database, withKeys(true)), Buffer.from(NEW_KEY, 'hex'))).resealed).toBe(0);

      // 3. Remove the previous key from the nodes, one by one.
      await restart('a', withKeys(false));
      await traffic(1);
      await restart('b', withKeys(false));
      await traffic(1);

      for (const id of ids) expect(await verified(nodes[id % 2 ? 'a' : 'b'], id), `connection ${id} at the end`).toBe('success');
      const sealed = await nodes.a.app.store.db.selectFrom('cloud_connections').select('secret_sealed').where('secret_sealed', 'is not', null).execute();
      expect(sealed).toHaveLength(ids.length);
      for (const row of sealed) expect(sealedUnder(Buffer.from(NEW_KEY, 'hex'), row.secret_sealed!)).toBe(true);

      // A node still given only the old key refuses to start, naming the variable.
      await expect(startOn(database, { LIFEBOAT_MASTER_KEY: OLD_KEY })).rejects.toThrow(/LIFEBOAT_MASTER_KEY: does not match the key this database was encrypted with/);
    } finally {
      await nodes.a.app.close().catch(() => undefined);
      await nodes.b.app.close().catch(() => undefined);
      await database.drop();
    }
  }, 300_000);
});
