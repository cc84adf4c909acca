import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_MAGIC, masterKeyId, openArchive, readArchiveHeader, sealArchive } from '../../src/platform/backup/archive.ts';

const PASS = { passphrase: 'correct horse battery staple' };
const KEY = { masterKey: Buffer.alloc(32, 9) };
const payload = { format: 'lifeboat-catalog', rows: [[1, 'a', null]] };

/** The archive with one byte changed and its trailing SHA-256 made to match again (what a deliberate edit would do). */
function edited(archive: Buffer, at: number): Buffer {
  const copy = Buffer.from(archive);
  copy[at]! ^= 0x01;
  createHash('sha256').update(copy.subarray(0, copy.length - 32)).digest().copy(copy, copy.length - 32);
  return copy;
}

describe('the catalog archive format', () => {
  it('round-trips under a passphrase and under the master key, and starts with the magic and version 2', () => {
    for (const source of [PASS, KEY]) {
      const archive = sealArchive(payload, source);
      expect(archive.subarray(0, 8)).toEqual(ARCHIVE_MAGIC);
      expect(archive.readUInt16BE(8)).toBe(2);
      expect(openArchive(archive, source)).toEqual(payload);
      expect(archive.toString('latin1')).not.toContain('lifeboat-catalog'); // encrypted
    }
  });

  it('any changed byte is refused, whether the checksum was fixed up or not', () => {
    const archive = sealArchive(payload, PASS);
    for (const at of [20, 40, 80, archive.length - 60, archive.length - 40]) {
      const plain = Buffer.from(archive);
      plain[at]! ^= 0x01;
      expect(() => openArchive(plain, PASS), `byte ${at}`).toThrow('the archive failed authentication: it was altered or damaged after it was made (nothing was written)');
      expect(() => openArchive(edited(archive, at), PASS), `byte ${at}, checksum fixed`).toThrow(/failed authentication|wrong passphrase/);
    }
  });

  it('names a newer format version, extra bytes, a short file and the wrong kind of key', () => {
    const archive = sealArchive(payload, PASS);
    const newer = Buffer.from(archive);
    newer.writeUInt16BE(3, 8);
    expect(() => openArchive(newer, PASS)).toThrow('archive format version 3 is not known to this Lifeboat (it reads versions 1 and 2); restore with a newer Lifeboat');
    expect(() => openArchive(Buffer.concat([archive, Buffer.from('x')]), PASS)).toThrow('the archive is damaged: 1 bytes past its end');
    expect(() => openArchive(archive.subarray(0, 50), PASS)).toThrow(/^the archive is truncated: 50 bytes, not even a whole header$/);
    expect(() => openArchive(archive, KEY)).toThrow(/made with a passphrase/);
    expect(() => openArchive(sealArchive(payload, KEY), PASS)).toThrow(/sealed with the master key of the instance that made it/);
    expect(() => openArchive(sealArchive(payload, KEY), { masterKey: Buffer.alloc(32, 1) })).toThrow(/sealed with master key [0-9a-f]{16}; the key given is [0-9a-f]{16}/);
    expect(() => sealArchive(payload, { passphrase: 'short' })).toThrow('the passphrase must be at least 8 characters');
  });

  it('names its master key: a stable, non-secret id in the header, and the wrong-key error gives both ids', () => {
    const key = KEY.masterKey;
    const id = masterKeyId(key);
    expect(id).toBe(createHmac('sha256', key).update('lifeboat master key id').digest().subarray(0, 8).toString('hex'));
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(masterKeyId(Buffer.from(key))).toBe(id);
    const other = Buffer.alloc(32, 1);
    expect(masterKeyId(other)).not.toBe(id);
    expect(key.toString('hex')).not.toContain(id);

    const sealed = sealArchive(payload, KEY);
    expect(readArchiveHeader(sealed)).toMatchObject({ version: 2, mode: 'master-key', keyId: id });
    expect(() => openArchive(sealed, { masterKey: other })).toThrow(
      `this archive was sealed with master key ${id}; the key given is ${masterKeyId(other)} (nothing was written): set LIFEBOAT_MASTER_KEY to the key of the instance that made it`,
    );
    // A passphrase archive names the master key its secrets are sealed under (the one it carries).
    expect(readArchiveHeader(sealArchive(payload, PASS, id))).toMatchObject({ mode: 'passphrase', keyId: id });
    expect(readArchiveHeader(sealArchive(payload, PASS))).toMatchObject({ mode: 'passphrase', keyId: undefined });
    // The id is in the authenticated header: changing it fails authentication.
    const renamed = Buffer.from(sealed);
    renamed[8 + 2 + 1 + 3 + 16 + 12 + 16]! ^= 0x01;
    createHash('sha256').update(renamed.subarray(0, renamed.length - 32)).digest().copy(renamed, renamed.length - 32);
    expect(() => openArchive(renamed, KEY)).toThrow(/failed authentication/);
  });

  it('still reads version 1 archives (made before the key id), and says which key was given when it is the wrong one', () => {
    const v1 = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'v1-master-key.lbk'));
    expect(readArchiveHeader(v1)).toMatchObject({ version: 1, mode: 'master-key', keyId: undefined });
    expect(openArchive(v1, KEY)).toEqual(payload);
    expect(() => openArchive(v1, { masterKey: Buffer.alloc(32, 1) })).toThrow(
      `this archive was sealed with another master key (a version 1 archive does not name it); the key given is ${masterKeyId(Buffer.alloc(32, 1))} (nothing was written)`,
    );
    const v1p = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'v1-passphrase.lbk'));
    expect(openArchive(v1p, PASS)).toEqual(payload);
    expect(() => openArchive(v1p, { passphrase: 'not the passphrase' })).toThrow('wrong passphrase for this archive (nothing was written)');
  });
});
