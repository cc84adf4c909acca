import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_MAGIC, CHUNK_SIZE, archiveBuffer, masterKeyId, openArchive, readArchiveHeader, sealArchiveFile, type KeySource,
} from '../../src/platform/backup/archive.ts';

const PASS = { passphrase: 'correct horse battery staple' };
const KEY = { masterKey: Buffer.alloc(32, 9) };
const payload = { format: 'lifeboat-catalog', rows: [[1, 'a', null]] };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-archive-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function* linesOf(text: string) {
  for (let at = 0; at < text.length; at += 10_000) yield text.slice(at, at + 10_000);
}

/** A version 3 archive of `text`, as bytes. */
async function seal(text: string, source: KeySource, keyIdOfPayload?: string): Promise<Buffer> {
  const file = path.join(scratch, `${randomBytes(6).toString('hex')}.lbk`);
  const bytes = await sealArchiveFile(file, source, linesOf(text), keyIdOfPayload);
  const archive = fs.readFileSync(file);
  expect(archive.length).toBe(bytes);
  return archive;
}

/** The payload of a version 3 archive, read back a chunk at a time. */
async function open(archive: Buffer, source: KeySource): Promise<string> {
  const opened = openArchive(archiveBuffer(archive), source);
  const pieces: Buffer[] = [];
  for await (const piece of opened.payload()) pieces.push(piece);
  return Buffer.concat(pieces).toString('utf8');
}

/** The archive with one byte changed and its trailing SHA-256 made to match again (what a deliberate edit would do). */
function edited(archive: Buffer, at: number): Buffer {
  const copy = Buffer.from(archive);
  copy[at]! ^= 0x01;
  return withDigest(copy);
}

function withDigest(archive: Buffer): Buffer {
  const copy = Buffer.from(archive);
  createHash('sha256').update(copy.subarray(0, copy.length - 32)).digest().copy(copy, copy.length - 32);
  return copy;
}

/** A payload that does not compress: several chunks. */
const big = randomBytes(Math.floor(CHUNK_SIZE * 3.5)).toString('base64');
const HEADER = 74;

/** Where each chunk of a version 3 archive starts, and its length on disk. */
function chunksOf(archive: Buffer): Array<{ at: number; length: number }> {
  const chunks: Array<{ at: number; length: number }> = [];
  for (let at = HEADER; at < archive.length - 32;) {
    const length = 4 + archive.readUInt32BE(at) + 16;
    chunks.push({ at, length });
    at += length;
  }
  return chunks;
}

describe('the catalog archive format (version 3: sealed a chunk at a time)', () => {
  it('round-trips under a passphrase and under the master key, and starts with the magic and version 3', async () => {
    for (const source of [PASS, KEY]) {
      const text = `${JSON.stringify(payload)}\n`;
      const archive = await seal(text, source);
      expect(archive.subarray(0, 8)).toEqual(ARCHIVE_MAGIC);
      expect(archive.readUInt16BE(8)).toBe(3);
      expect(await open(archive, source)).toBe(text);
      expect(archive.toString('latin1')).not.toContain('lifeboat-catalog'); // encrypted
    }
  });

  it('a payload of several chunks round-trips, and each chunk holds at most 64 KiB', async () => {
    const archive = await seal(big, KEY);
    const chunks = chunksOf(archive);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(4 + CHUNK_SIZE + 16);
    expect(await open(archive, KEY)).toBe(big);
    expect(readArchiveHeader(archiveBuffer(archive))).toMatchObject({ version: 3, length: archive.length, chunkSize: CHUNK_SIZE });
  });

  it('any changed byte is refused, whether the checksum was fixed up or not', async () => {
    const archive = await seal(big, PASS);
    for (const at of [20, 40, 60, 70, 80, 200, 70_000, archive.length - 60, archive.length - 40]) {
      const plain = Buffer.from(archive);
      plain[at]! ^= 0x01;
      await expect(open(plain, PASS), `byte ${at}`).rejects.toThrow(/the archive failed authentication: it was altered or damaged after it was made \(nothing was written\)|the archive is (damaged|truncated)/);
      await expect(open(edited(archive, at), PASS), `byte ${at}, checksum fixed`).rejects.toThrow(/failed authentication|wrong passphrase|the archive is (damaged|truncated)/);
    }
  });

  it('chunks swapped, dropped or repeated, and a file cut at a chunk\'s end, fail even with the checksum and length fixed up', async () => {
    const archive = await seal(big, KEY);
    const chunks = chunksOf(archive);
    const body = (list: typeof chunks) => Buffer.concat(list.map((c) => archive.subarray(c.at, c.at + c.length)));
    const rebuilt = (list: typeof chunks) => {
      const header = Buffer.from(archive.subarray(0, HEADER));
      const out = Buffer.concat([header, body(list), Buffer.alloc(32)]);
      out.writeBigUInt64BE(BigInt(out.length), HEADER - 8);
      return withDigest(out);
    };
    const [first, second, ...rest] = chunks;
    expect(await open(rebuilt(chunks), KEY)).toBe(big); // the rebuilding itself is faithful
    await expect(open(rebuilt([second!, first!, ...rest]), KEY)).rejects.toThrow(/failed authentication/); // swapped
    await expect(open(rebuilt([first!, ...rest]), KEY)).rejects.toThrow(/failed authentication/); // one dropped
    await expect(open(rebuilt([first!, first!, second!, ...rest]), KEY)).rejects.toThrow(/failed authentication/); // repeated
    await expect(open(rebuilt(chunks.slice(0, -1)), KEY)).rejects.toThrow(/failed authentication/); // cut before the last chunk
    await expect(open(rebuilt([first!]), KEY)).rejects.toThrow(/failed authentication/); // cut after the first
  });

  it('a file cut anywhere says truncated, and names how much is missing', async () => {
    const archive = await seal(big, PASS);
    for (const at of [10, 73, 74, 100, CHUNK_SIZE, archive.length - 33, archive.length - 1]) {
      const cut = archive.subarray(0, at);
      expect(() => readArchiveHeader(archiveBuffer(cut)), `cut at ${at}`).toThrow(at < 126
        ? `the archive is truncated: ${at} bytes, not even a whole header`
        : `the archive is truncated: ${at} bytes of the ${archive.length} its header announces`);
    }
  });

  it('names a newer format version, extra bytes, a short file and the wrong kind of key', async () => {
    const archive = await seal('{}\n', PASS);
    const newer = Buffer.from(archive);
    newer.writeUInt16BE(4, 8);
    expect(() => openArchive(archiveBuffer(newer), PASS)).toThrow('archive format version 4 is not known to this Lifeboat (it reads versions 1 to 3); restore with a newer Lifeboat');
    expect(() => openArchive(archiveBuffer(Buffer.concat([archive, Buffer.from('x')])), PASS)).toThrow('the archive is damaged: 1 bytes past its end');
    expect(() => openArchive(archiveBuffer(archive.subarray(0, 50)), PASS)).toThrow(/^the archive is truncated: 50 bytes, not even a whole header$/);
    expect(() => openArchive(archiveBuffer(Buffer.from('PK\u0003\u0004 not ours')), PASS)).toThrow(/not a Lifeboat catalog backup/);
    expect(() => openArchive(archiveBuffer(archive), KEY)).toThrow(/made with a passphrase/);
    const keyed = await seal('{}\n', KEY);
    expect(() => openArchive(archiveBuffer(keyed), PASS)).toThrow(/sealed with the master key of the instance that made it/);
    expect(() => openArchive(archiveBuffer(keyed), { masterKey: Buffer.alloc(32, 1) })).toThrow(/sealed with master key [0-9a-f]{16}; the key given is [0-9a-f]{16}/);
    expect(() => openArchive(archiveBuffer(archive), { passphrase: 'not the passphrase' })).toThrow('wrong passphrase for this archive (nothing was written)');
    await expect(seal('{}\n', { passphrase: 'short' })).rejects.toThrow('the passphrase must be at least 8 characters');
    expect(fs.readdirSync(scratch).filter((name) => name.includes('.partial-'))).toEqual([]); // nothing left behind
  });

  it('names its master key: a stable, non-secret id in the header, and the wrong-key error gives both ids', async () => {
    const key = KEY.masterKey;
    const id = masterKeyId(key);
    expect(id).toBe(createHmac('sha256', key).update('lifeboat master key id').digest().subarray(0, 8).toString('hex'));
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(masterKeyId(Buffer.from(key))).toBe(id);
    const other = Buffer.alloc(32, 1);
    expect(masterKeyId(other)).not.toBe(id);
    expect(key.toString('hex')).not.toContain(id);

    const sealed = await seal('{}\n', KEY);
    expect(readArchiveHeader(archiveBuffer(sealed))).toMatchObject({ version: 3, mode: 'master-key', keyId: id });
    expect(() => openArchive(archiveBuffer(sealed), { masterKey: other })).toThrow(
      `this archive was sealed with master key ${id}; the key given is ${masterKeyId(other)} (nothing was written): set LIFEBOAT_MASTER_KEY to the key of the instance that made it`,
    );
    // A passphrase archive names the master key its secrets are sealed under (the one it carries).
    expect(readArchiveHeader(archiveBuffer(await seal('{}\n', PASS, id)))).toMatchObject({ mode: 'passphrase', keyId: id });
    expect(readArchiveHeader(archiveBuffer(await seal('{}\n', PASS)))).toMatchObject({ mode: 'passphrase', keyId: undefined });
    // The id is in the authenticated header: changing it fails authentication.
    await expect(open(edited(sealed, 8 + 2 + 1 + 3 + 16 + 8 + 16), KEY)).rejects.toThrow(/failed authentication/);
  });

  it('still reads version 1 and 2 archives (made whole), and says which key was given when it is the wrong one', () => {
    const fixture = (name: string) => archiveBuffer(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name)));
    const v1 = fixture('v1-master-key.lbk');
    expect(readArchiveHeader(v1)).toMatchObject({ version: 1, mode: 'master-key', keyId: undefined });
    expect(openArchive(v1, KEY).whole).toEqual(payload);
    expect(() => openArchive(v1, { masterKey: Buffer.alloc(32, 1) })).toThrow(
      `this archive was sealed with another master key (a version 1 archive does not name it); the key given is ${masterKeyId(Buffer.alloc(32, 1))} (nothing was written)`,
    );
    const v1p = fixture('v1-passphrase.lbk');
    expect(openArchive(v1p, PASS).whole).toEqual(payload);
    expect(() => openArchive(v1p, { passphrase: 'not the passphrase' })).toThrow('wrong passphrase for this archive (nothing was written)');

    const v2 = fixture('v2-master-key.lbk');
    expect(readArchiveHeader(v2)).toMatchObject({ version: 2, mode: 'master-key', keyId: masterKeyId(KEY.masterKey) });
    expect(openArchive(v2, KEY).whole).toEqual(payload);
    const v2p = fixture('v2-passphrase.lbk');
    expect(readArchiveHeader(v2p)).toMatchObject({ version: 2, mode: 'passphrase', keyId: 'ab'.repeat(8) });
    expect(openArchive(v2p, PASS).whole).toEqual(payload);
    const damaged = Buffer.from(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'v2-master-key.lbk')));
    damaged[100]! ^= 1;
    expect(() => openArchive(archiveBuffer(damaged), KEY)).toThrow(/failed authentication/);
    expect(() => openArchive(archiveBuffer(damaged.subarray(0, 150)), KEY)).toThrow(/the archive is truncated: 150 bytes of the 193 its header announces/);
  });
});
