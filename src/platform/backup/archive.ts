import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pipeline as pipelineCallback } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import {
  ALTERED, ARCHIVE_MAGIC, BackupError, KEY_ID_LENGTH, SCRYPT, checkPassphrase, deriveKey, keyCheck, keyIdBytes, masterKeyId, readKeyFields, readKeyId, unlock,
  type ArchiveKeyMode, type KeyParameters, type KeySource,
} from './archive-keys.ts';
import { openLegacyArchive, readLegacyHeader, type LegacyHeader } from './archive-v2.ts';

export { ARCHIVE_MAGIC, BackupError, masterKeyId, type ArchiveKeyMode, type KeySource } from './archive-keys.ts';

/**
 * A catalog backup archive (version 3), written and read a chunk at a time so that neither needs the catalog in memory:
 *
 *   header: magic "LBCATBK\n" (8) | version u16 | key mode u8 (1 master key, 2 passphrase) | scrypt log2 N u8 | r u8 | p u8
 *           | salt (16) | nonce prefix (8) | key check (16) | master key id (8) | chunk size u32 | archive length u64
 *   chunks: ciphertext length u32 | ciphertext | GCM tag (16), each at most `chunk size` bytes of the gzipped payload
 *   trailer: SHA-256 of all before (32)
 *
 * Each chunk is AES-256-GCM under the archive's key (HKDF of the master key or scrypt of the passphrase, with the salt),
 * with the nonce prefix and the chunk's index (u32) as its nonce, and as additional data the header up to the archive
 * length, the chunk's index, a last-chunk flag and, on the last chunk, the archive's length. So a chunk moved, swapped,
 * dropped or repeated fails, as does a file cut at a chunk's end (its last chunk was not sealed as the last) or one whose
 * header was edited. The archive length is written into the header last (it is known once the last chunk is sealed),
 * which is why it is outside the chunks' header data; the last chunk authenticates it. The key check and the trailing
 * SHA-256 tell a wrong key or passphrase apart from a damaged archive, as in version 2 (see archive-v2.ts, still read).
 */
export const ARCHIVE_VERSION = 3;
export const CHUNK_SIZE = 64 * 1024;
const HEADER_LENGTH = 8 + 2 + 1 + 3 + 16 + 8 + 16 + KEY_ID_LENGTH + 4 + 8;
/** The header's bytes every chunk authenticates: all but the archive length. */
const HEADER_DATA_LENGTH = HEADER_LENGTH - 8;
const TAG_LENGTH = 16;
const DIGEST_LENGTH = 32;
const LENGTH_PREFIX = 4;
const MIN_ARCHIVE_LENGTH = HEADER_LENGTH + LENGTH_PREFIX + TAG_LENGTH + DIGEST_LENGTH;

/** The bytes of an archive: a file read where it lies, or a buffer. */
export interface ArchiveBytes {
  readonly size: number;
  read(position: number, length: number): Buffer;
  close(): void;
}

/** A file's bytes, read on demand; throws the open's error (ENOENT, EACCES) as it is. */
export function archiveFile(file: string): ArchiveBytes {
  const fd = fs.openSync(file, 'r');
  const size = fs.fstatSync(fd).size;
  return {
    size,
    read(position, length) {
      const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - position)));
      let done = 0;
      while (done < buffer.length) {
        const n = fs.readSync(fd, buffer, done, buffer.length - done, position + done);
        if (n === 0) break;
        done += n;
      }
      return buffer.subarray(0, done);
    },
    close: () => fs.closeSync(fd),
  };
}

export function archiveBuffer(archive: Buffer): ArchiveBytes {
  return { size: archive.length, read: (position, length) => archive.subarray(position, position + length), close: () => undefined };
}

export interface StreamHeader extends KeyParameters {
  readonly version: 3;
  readonly noncePrefix: Buffer;
  readonly chunkSize: number;
  readonly length: number;
  /** The header's bytes that every chunk authenticates. */
  readonly data: Buffer;
}

export type ArchiveHeader = StreamHeader | LegacyHeader;

/** Reads the header of any known version: a BackupError for anything that is not a whole archive of one. */
export function readArchiveHeader(bytes: ArchiveBytes): ArchiveHeader {
  const start = bytes.read(0, HEADER_LENGTH);
  if (start.length < ARCHIVE_MAGIC.length || !start.subarray(0, ARCHIVE_MAGIC.length).equals(ARCHIVE_MAGIC)) {
    throw new BackupError('not a Lifeboat catalog backup (its first bytes are not the archive magic)');
  }
  if (start.length < ARCHIVE_MAGIC.length + 2) throw new BackupError(`the archive is truncated: ${bytes.size} bytes, not even a whole header`);
  const version = start.readUInt16BE(ARCHIVE_MAGIC.length);
  if (version === 1 || version === 2) return readLegacyHeader(bytes.read(0, bytes.size), version);
  if (version !== ARCHIVE_VERSION) throw new BackupError(`archive format version ${version} is not known to this Lifeboat (it reads versions 1 to ${ARCHIVE_VERSION}); restore with a newer Lifeboat`);
  if (bytes.size < MIN_ARCHIVE_LENGTH) throw new BackupError(`the archive is truncated: ${bytes.size} bytes, not even a whole header`);
  const { fields, next } = readKeyFields(start);
  let at = next;
  const noncePrefix = start.subarray(at, at + 8); at += 8;
  const check = start.subarray(at, at + 16); at += 16;
  const keyId = readKeyId(start.subarray(at, at + KEY_ID_LENGTH)); at += KEY_ID_LENGTH;
  const chunkSize = start.readUInt32BE(at); at += 4;
  if (chunkSize < 1024 || chunkSize > 16 * 1024 * 1024) throw new BackupError('the archive is damaged: impossible chunk size in its header');
  const length = Number(start.readBigUInt64BE(at));
  if (bytes.size < length) throw new BackupError(`the archive is truncated: ${bytes.size} bytes of the ${length} its header announces`);
  if (bytes.size > length) throw new BackupError(`the archive is damaged: ${bytes.size - length} bytes past its end`);
  return { version: 3, ...fields, noncePrefix, check, keyId, chunkSize, length, data: start.subarray(0, HEADER_DATA_LENGTH) };
}

function chunkNonce(prefix: Buffer, index: number): Buffer {
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(index, 8);
  return nonce;
}

function chunkData(header: Buffer, index: number, length: number | undefined): Buffer {
  const tail = Buffer.alloc(5 + (length === undefined ? 0 : 8));
  tail.writeUInt32BE(index, 0);
  tail.writeUInt8(length === undefined ? 0 : 1, 4);
  if (length !== undefined) tail.writeBigUInt64BE(BigInt(length), 5);
  return Buffer.concat([header, tail]);
}

/**
 * Writes an archive of a payload (its bytes as they come: NDJSON text, say) to `file`, whole or not at all: into a
 * temporary file beside it, renamed into place once sealed and synced. Owner-only. Returns its length in bytes.
 * The payload is gzipped and sealed a chunk at a time as it is pulled from `payload`, so memory stays flat.
 */
export async function sealArchiveFile(
  file: string, source: KeySource, payload: AsyncIterable<string | Buffer>, masterKeyIdOfPayload?: string,
): Promise<number> {
  checkPassphrase(source);
  const salt = randomBytes(16);
  const noncePrefix = randomBytes(8);
  const key = deriveKey(source, salt, SCRYPT);
  const header = Buffer.alloc(HEADER_LENGTH);
  let at = ARCHIVE_MAGIC.copy(header, 0);
  at = header.writeUInt16BE(ARCHIVE_VERSION, at);
  at = header.writeUInt8('masterKey' in source ? 1 : 2, at);
  at = header.writeUInt8(SCRYPT.log2N, at);
  at = header.writeUInt8(SCRYPT.r, at);
  at = header.writeUInt8(SCRYPT.p, at);
  at += salt.copy(header, at);
  at += noncePrefix.copy(header, at);
  at += keyCheck(key).copy(header, at);
  at += keyIdBytes('masterKey' in source ? masterKeyId(source.masterKey) : masterKeyIdOfPayload).copy(header, at);
  header.writeUInt32BE(CHUNK_SIZE, at);
  const data = header.subarray(0, HEADER_DATA_LENGTH);

  const partial = `${file}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await fs.promises.open(partial, 'wx+', 0o600);
  try {
    let position = 0;
    const write = async (bytes: Buffer) => {
      await handle.write(bytes, 0, bytes.length, position);
      position += bytes.length;
    };
    await write(header);
    let index = 0;
    const seal = async (plain: Buffer, last: boolean) => {
      const sealedLength = LENGTH_PREFIX + plain.length + TAG_LENGTH;
      const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(noncePrefix, index));
      cipher.setAAD(chunkData(data, index, last ? position + sealedLength + DIGEST_LENGTH : undefined));
      const prefix = Buffer.alloc(LENGTH_PREFIX);
      prefix.writeUInt32BE(plain.length, 0);
      const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
      await write(Buffer.concat([prefix, ciphertext, cipher.getAuthTag()]));
      index++;
    };
    await pipeline(Readable.from(payload), createGzip(), async (gzipped: AsyncIterable<Buffer>) => {
      // One chunk's worth is always held back, so that the last chunk is known to be the last when it is sealed.
      let pending: Buffer[] = [];
      let pendingLength = 0;
      for await (const piece of gzipped) {
        pending.push(piece);
        pendingLength += piece.length;
        if (pendingLength <= CHUNK_SIZE) continue;
        let joined = Buffer.concat(pending, pendingLength);
        while (joined.length > CHUNK_SIZE) {
          await seal(joined.subarray(0, CHUNK_SIZE), false);
          joined = joined.subarray(CHUNK_SIZE);
        }
        pending = [joined];
        pendingLength = joined.length;
      }
      await seal(Buffer.concat(pending, pendingLength), true);
    });
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(position + DIGEST_LENGTH), 0);
    await handle.write(length, 0, 8, HEADER_DATA_LENGTH);
    // The trailing digest covers the finished header: read back what was written.
    const digest = createHash('sha256');
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (let offset = 0; offset < position;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, position - offset), offset);
      if (bytesRead === 0) throw new Error(`${partial} is shorter than what was written to it`);
      digest.update(buffer.subarray(0, bytesRead));
      offset += bytesRead;
    }
    await write(digest.digest());
    await handle.sync();
    await handle.close();
    fs.renameSync(partial, file);
    return position;
  } catch (error) {
    await handle.close().catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** An archive whose key opened: its payload can be read (and read again), each chunk authenticated before it is given. */
export interface OpenedArchive {
  readonly header: ArchiveHeader;
  /** Version 3: the payload's bytes, gunzipped, streamed; a damaged chunk fails the stream with a BackupError. */
  payload(): AsyncIterable<Buffer>;
  /** Versions 1 and 2: the payload, parsed whole. */
  readonly whole?: unknown;
}

/**
 * Checks an archive's trailing digest and key (a BackupError says which is wrong), without decrypting its payload.
 * A version 1 or 2 archive is decrypted whole here, as it was made.
 */
export function openArchive(bytes: ArchiveBytes, source: KeySource): OpenedArchive {
  const read = readArchiveHeader(bytes);
  if (read.version !== 3) {
    const whole = openLegacyArchive(bytes.read(0, bytes.size), read, source);
    return { header: read, whole, payload: () => { throw new Error('a version 1 or 2 archive is read whole'); } };
  }
  const header: StreamHeader = read;
  const digest = createHash('sha256');
  const end = header.length - DIGEST_LENGTH;
  for (let offset = 0; offset < end; offset += 1024 * 1024) digest.update(bytes.read(offset, Math.min(1024 * 1024, end - offset)));
  if (!digest.digest().equals(bytes.read(end, DIGEST_LENGTH))) throw new BackupError(ALTERED);
  const key = unlock(header, source);
  function* chunks(): Generator<Buffer> {
    let at = HEADER_LENGTH;
    for (let index = 0; ; index++) {
      if (at + LENGTH_PREFIX + TAG_LENGTH > end) throw new BackupError(ALTERED);
      const length = bytes.read(at, LENGTH_PREFIX).readUInt32BE(0);
      const next = at + LENGTH_PREFIX + length + TAG_LENGTH;
      if (length > header.chunkSize || next > end) throw new BackupError(ALTERED);
      const last = next === end;
      const decipher = createDecipheriv('aes-256-gcm', key, chunkNonce(header.noncePrefix, index));
      decipher.setAAD(chunkData(header.data, index, last ? header.length : undefined));
      decipher.setAuthTag(bytes.read(next - TAG_LENGTH, TAG_LENGTH));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(bytes.read(at + LENGTH_PREFIX, length)), decipher.final()]);
      } catch {
        throw new BackupError(ALTERED);
      }
      yield plain;
      if (last) return;
      at = next;
    }
  }
  return {
    header,
    payload() {
      const gunzip = createGunzip();
      // An error of either side (a chunk that fails authentication) ends the gunzipped stream with that error.
      pipelineCallback(Readable.from(chunks()), gunzip, () => undefined);
      return (async function* () {
        try {
          for await (const piece of gunzip) yield piece as Buffer;
        } catch (error) {
          if (error instanceof BackupError) throw error;
          throw new BackupError('the archive authenticated but its payload cannot be read (nothing was written)');
        }
      })();
    },
  };
}
