import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotateMasterKey } from '../../src/app/catalog-backup.ts';
import { DEMO_ACCESS_KEY } from '../../src/cloud/sim/index.ts';
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
