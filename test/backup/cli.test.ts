import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { masterKeyId } from '../../src/platform/backup/archive.ts';
import { freePort, killLifeboatProcesses, lifeboatProcess as lifeboat, type Running } from '../helpers/process.ts';
import { pollUntil } from '../helpers/wait.ts';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-backup-cli-'));
  tempDirs.push(dir);
  return dir;
}

async function finished(running: Running): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const code = await pollUntil('the command to end', async () => (running.child.exitCode ?? running.child.signalCode ?? undefined) as number | string | undefined, { timeoutMs: 60_000, intervalMs: 50 });
  await running.exited;
  return { code, stdout: running.stdout, stderr: running.stderr };
}

afterAll(async () => {
  await killLifeboatProcesses();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The commands as an operator runs them: backup while `lifeboat serve` runs, restore elsewhere, refusals with exit 1. */
describe('lifeboat backup / restore / rotate-master-key (real processes, SQLite)', () => {
  const source = tempDir();
  const work = tempDir();
  const archive = path.join(work, 'catalog.lbk');
  const passphraseFile = path.join(work, 'passphrase');
  fs.writeFileSync(passphraseFile, 'correct horse battery staple\n');
  let server: Running;

  it('backs up the catalog of a running server, with a passphrase', async () => {
    const port = await freePort();
    server = lifeboat(['serve'], { LIFEBOAT_DATA_DIR: source, LIFEBOAT_PORT: String(port) });
    await pollUntil('the server to serve', () => /Lifeboat is serving/.test(server.stdout), { timeoutMs: 30_000, intervalMs: 50 });
    const run = await finished(lifeboat(['backup', '--out', archive, '--passphrase-file', passphraseFile], { LIFEBOAT_DATA_DIR: source }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const sourceKeyId = masterKeyId(Buffer.from(fs.readFileSync(path.join(source, 'master.key'), 'utf8').trim(), 'hex'));
    expect(run.stdout).toMatch(new RegExp(`^Backed up \\d+ rows in \\d+ tables \\(schema 00\\d\\d-[a-z-]+\\) to ${archive.replace(/[.]/g, '\\.')} \\(\\d+ bytes, sealed with the passphrase; secrets under master key ${sourceKeyId}\\)\\.\\n$`));
    expect(fs.statSync(archive).mode & 0o077).toBe(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200); // still serving
    server.child.kill('SIGTERM');
    await server.exited;
  }, 60_000);

  it('restore --check verifies and prints the manifest; restore writes the catalog and prints the next steps', async () => {
    const target = tempDir();
    const check = await finished(lifeboat(['restore', '--from', archive, '--check', '--passphrase-file', passphraseFile], { LIFEBOAT_DATA_DIR: target }));
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/a whole, authentic catalog backup made at .* on sqlite/);
    const sourceKeyId = masterKeyId(Buffer.from(fs.readFileSync(path.join(source, 'master.key'), 'utf8').trim(), 'hex'));
    expect(check.stdout).toContain(`sealed with the passphrase; its secrets are under master key ${sourceKeyId}`);
    expect(check.stdout).toMatch(/\n  cloud_connections: [1-9]\d*\n/); // the demo connections
    expect(fs.readdirSync(target)).toEqual([]);

    const run = await finished(lifeboat(['restore', '--from', archive], { LIFEBOAT_DATA_DIR: target, LIFEBOAT_BACKUP_PASSPHRASE: 'correct horse battery staple' }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Restored the catalog backed up at');
    expect(run.stdout).toContain('Point DNS');
    expect(run.stdout).toContain('Rotate tokens');
    expect(run.stdout).toContain('Re-verify connections');
    expect(fs.readFileSync(path.join(target, 'master.key'), 'utf8')).toBe(fs.readFileSync(path.join(source, 'master.key'), 'utf8'));

    const again = await finished(lifeboat(['restore', '--from', archive, '--passphrase-file', passphraseFile], { LIFEBOAT_DATA_DIR: target }));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^lifeboat: the target database is not empty .*pass --force/);
  }, 90_000);

  it('a tampered or truncated archive, or the wrong passphrase: exit 1, a clear message, nothing written', async () => {
    const target = tempDir();
    const bytes = fs.readFileSync(archive);
    const tampered = path.join(work, 'tampered.lbk');
    const copy = Buffer.from(bytes);
    copy[copy.length - 40]! ^= 0xff;
    fs.writeFileSync(tampered, copy);
    const truncated = path.join(work, 'truncated.lbk');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 1));
    const env = { LIFEBOAT_DATA_DIR: target, LIFEBOAT_BACKUP_PASSPHRASE: 'correct horse battery staple' };
    const t1 = await finished(lifeboat(['restore', '--from', tampered], env));
    expect([t1.code, t1.stderr]).toEqual([1, 'lifeboat: the archive failed authentication: it was altered or damaged after it was made (nothing was written)\n']);
    const t2 = await finished(lifeboat(['restore', '--from', truncated], env));
    expect(t2.code).toBe(1);
    expect(t2.stderr).toMatch(/^lifeboat: the archive is truncated: \d+ bytes of the \d+ its header announces\n$/);
    const t3 = await finished(lifeboat(['restore', '--from', archive], { ...env, LIFEBOAT_BACKUP_PASSPHRASE: 'not the passphrase' }));
    expect([t3.code, t3.stderr]).toEqual([1, 'lifeboat: wrong passphrase for this archive (nothing was written)\n']);
    expect(fs.readdirSync(target)).toEqual([]);
    const usage = await finished(lifeboat(['restore', '--out', 'x'], env));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--out is not an option of lifeboat restore');
  }, 90_000);

  it('rotate-master-key re-seals under the new key, says how many, and the help explains the rolling procedure', async () => {
    const keyFile = path.join(work, 'new.key');
    fs.writeFileSync(keyFile, `${'3'.repeat(64)}\n`);
    const oldId = masterKeyId(Buffer.from(fs.readFileSync(path.join(source, 'master.key'), 'utf8').trim(), 'hex'));
    const run = await finished(lifeboat(['rotate-master-key', '--new-key-file', keyFile], { LIFEBOAT_DATA_DIR: source }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Sealed \d+ secrets again under the new master key/);
    expect(run.stdout).toContain(`master key ${oldId} -> ${masterKeyId(Buffer.from('3'.repeat(64), 'hex'))}`);
    expect(fs.readFileSync(path.join(source, 'master.key'), 'utf8').trim()).toBe('3'.repeat(64));
    // Run again (the new key given, the old one as previous): nothing left, and it says what comes next.
    const again = await finished(lifeboat(['rotate-master-key', '--new-key-file', keyFile], {
      LIFEBOAT_DATA_DIR: source, LIFEBOAT_MASTER_KEY: '3'.repeat(64), LIFEBOAT_MASTER_KEY_PREVIOUS: fs.readFileSync(path.join(source, 'master.key.previous'), 'utf8').trim(),
    }));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Sealed 0 secrets again/);
    expect(again.stdout).toContain('Nothing is left under the old key. Next: set LIFEBOAT_MASTER_KEY to the new key on every node and remove LIFEBOAT_MASTER_KEY_PREVIOUS');
    const help = await finished(lifeboat(['rotate-master-key', '--help'], {}));
    expect(help.stdout).toContain('LIFEBOAT_MASTER_KEY_PREVIOUS');
    const main = await finished(lifeboat(['--help'], {}));
    expect(main.stdout).toContain('backup --out <file>');
    expect(main.stdout).toContain('restore --from <file>');
    expect(main.stdout).toContain('rotate-master-key --new-key-file <file>');
  }, 60_000);

  it('a master-key archive names its key: backup and restore --check print the id, the wrong key is refused naming both', async () => {
    const keyA = '4'.repeat(64);
    const keyB = '5'.repeat(64);
    const idA = masterKeyId(Buffer.from(keyA, 'hex'));
    const idB = masterKeyId(Buffer.from(keyB, 'hex'));
    const keyed = path.join(work, 'keyed.lbk');
    const home = tempDir();
    // A catalog to back up: the restored copy from the passphrase archive, re-sealed under key A.
    const restored = await finished(lifeboat(['restore', '--from', archive, '--passphrase-file', passphraseFile], { LIFEBOAT_DATA_DIR: home, LIFEBOAT_MASTER_KEY: keyA }));
    expect(restored.code).toBe(0);
    const run = await finished(lifeboat(['backup', '--out', keyed], { LIFEBOAT_DATA_DIR: home, LIFEBOAT_MASTER_KEY: keyA }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`sealed with master key ${idA})`);
    const check = await finished(lifeboat(['restore', '--from', keyed, '--check'], { LIFEBOAT_DATA_DIR: tempDir(), LIFEBOAT_MASTER_KEY: keyA }));
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`sealed with master key ${idA}`);
    const target = tempDir();
    const wrong = await finished(lifeboat(['restore', '--from', keyed, '--check'], { LIFEBOAT_DATA_DIR: target, LIFEBOAT_MASTER_KEY: keyB }));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(`lifeboat: this archive was sealed with master key ${idA}; the key given is ${idB} (nothing was written): set LIFEBOAT_MASTER_KEY to the key of the instance that made it\n`);
    const wrongRestore = await finished(lifeboat(['restore', '--from', keyed], { LIFEBOAT_DATA_DIR: target, LIFEBOAT_MASTER_KEY: keyB }));
    expect(wrongRestore.stderr).toContain(`sealed with master key ${idA}; the key given is ${idB}`);
    expect(fs.readdirSync(target)).toEqual([]);
  }, 90_000);
});
