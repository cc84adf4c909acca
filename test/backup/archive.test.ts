import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_MAGIC, openArchive, sealArchive } from '../../src/platform/backup/archive.ts';

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
  it('round-trips under a passphrase and under the master key, and starts with the magic and version 1', () => {
    for (const source of [PASS, KEY]) {
      const archive = sealArchive(payload, source);
      expect(archive.subarray(0, 8)).toEqual(ARCHIVE_MAGIC);
      expect(archive.readUInt16BE(8)).toBe(1);
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
    newer.writeUInt16BE(2, 8);
    expect(() => openArchive(newer, PASS)).toThrow('archive format version 2 is not known to this Lifeboat (it reads version 1); restore with a newer Lifeboat');
    expect(() => openArchive(Buffer.concat([archive, Buffer.from('x')]), PASS)).toThrow('the archive is damaged: 1 bytes past its end');
    expect(() => openArchive(archive.subarray(0, 50), PASS)).toThrow(/^the archive is truncated: 50 bytes, not even a whole header$/);
    expect(() => openArchive(archive, KEY)).toThrow(/made with a passphrase/);
    expect(() => openArchive(sealArchive(payload, KEY), PASS)).toThrow(/sealed with the master key of the instance that made it/);
    expect(() => openArchive(sealArchive(payload, KEY), { masterKey: Buffer.alloc(32, 1) })).toThrow(/sealed with another master key/);
    expect(() => sealArchive(payload, { passphrase: 'short' })).toThrow('the passphrase must be at least 8 characters');
  });
});
