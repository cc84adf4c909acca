import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';

const modeOf = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

/** The data directory holds the database, the master key and the admin token: the owner's alone. */
for (const dialect of DIALECTS) {
  describe(`file modes of the data directory [${dialect}]`, () => {
    let t: TestApp | undefined;
    let base: string;
    beforeEach(() => {
      base = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-modes-'));
    });
    afterEach(async () => {
      await t?.close();
      t = undefined;
      fs.rmSync(base, { recursive: true, force: true });
    });

    it('creates the directory 0700 and every file in it 0600, the SQLite WAL files included, after a write', async () => {
      // A directory that does not exist yet (a temp folder is already made 0700 by mkdtemp).
      const holder = { dir: path.join(base, 'nested', 'data') };
      t = await startTestApp(dialect, { LIFEBOAT_DATA_DIR: holder.dir, LIFEBOAT_ADMIN_TOKEN: '' }, { worker: false });
      const token = fs.readFileSync(path.join(holder.dir, 'admin-token'), 'utf8').trim();
      const made = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, token, payload: { name: 'writer', role: 'viewer' } });
      expect(made.statusCode, made.body).toBe(201);

      const files = fs.readdirSync(holder.dir).sort();
      const expected = dialect === 'sqlite' ? ['admin-token', 'lifeboat.db', 'lifeboat.db-shm', 'lifeboat.db-wal', 'master.key'] : ['admin-token', 'master.key'];
      expect(files).toEqual(expected);
      expect(Object.fromEntries(files.map((f) => [f, modeOf(path.join(holder.dir, f))]))).toEqual(Object.fromEntries(files.map((f) => [f, '600'])));
      expect(modeOf(holder.dir)).toBe('700');
    });

    it('tightens its own files left 0644 by an older version, and warns about a directory others can read', async () => {
      const holder = { dir: path.join(base, 'old') };
      fs.mkdirSync(holder.dir, { mode: 0o755 });
      fs.chmodSync(holder.dir, 0o755);
      fs.writeFileSync(path.join(holder.dir, 'master.key'), `${'ab'.repeat(32)}\n`, { mode: 0o644 });
      fs.chmodSync(path.join(holder.dir, 'master.key'), 0o644);
      if (dialect === 'sqlite') fs.writeFileSync(path.join(holder.dir, 'lifeboat.db'), '', { mode: 0o644 });
      t = await startTestApp(dialect, { LIFEBOAT_DATA_DIR: holder.dir, LIFEBOAT_ADMIN_TOKEN: '' }, { worker: false });
      expect(modeOf(path.join(holder.dir, 'master.key'))).toBe('600');
      if (dialect === 'sqlite') expect(modeOf(path.join(holder.dir, 'lifeboat.db'))).toBe('600');
      // An existing directory is the operator's: it is not changed, but the log says it is readable.
      expect(modeOf(holder.dir)).toBe('755');
      expect(t.logs.join('\n')).toContain('readable by other users');
    });
  });
}
