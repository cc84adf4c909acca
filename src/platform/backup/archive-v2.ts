import { createDecipheriv, createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { ALTERED, BackupError, KEY_ID_LENGTH, readKeyFields, readKeyId, unlock, type KeyParameters, type KeySource } from './archive-keys.ts';

/**
 * Reading the archives Lifeboat wrote before format 3 (versions 1 and 2), which are sealed whole and so are read whole:
 *
 *   magic "LBCATBK\n" (8) | version u16 | key mode u8 (1 master key, 2 passphrase) | scrypt log2 N u8 | r u8 | p u8
 *   | salt (16) | iv (12) | key check (16) | master key id (8, version 2 only) | ciphertext length u64 | ciphertext
 *   | GCM tag (16) | SHA-256 of all before (32)
 *
 * The header is the GCM additional data; the ciphertext is AES-256-GCM over the gzipped JSON payload.
 */
export interface LegacyHeader extends KeyParameters {
  readonly version: 1 | 2;
  readonly iv: Buffer;
  readonly length: number;
  /** Bytes before the ciphertext. */
  readonly headerLength: number;
}

const TAG_LENGTH = 16;
const DIGEST_LENGTH = 32;
const headerLength = (version: number) => 8 + 2 + 1 + 3 + 16 + 12 + 16 + (version >= 2 ? KEY_ID_LENGTH : 0) + 8;

/** Reads a version 1 or 2 header (the caller has read the magic and the version): throws a BackupError for anything not whole. */
export function readLegacyHeader(archive: Buffer, version: 1 | 2): LegacyHeader {
  const headerBytes = headerLength(version);
  if (archive.length < headerBytes + TAG_LENGTH + DIGEST_LENGTH) throw new BackupError(`the archive is truncated: ${archive.length} bytes, not even a whole header`);
  const { fields, next } = readKeyFields(archive);
  let at = next;
  const iv = archive.subarray(at, at + 12); at += 12;
  const check = archive.subarray(at, at + 16); at += 16;
  let keyId: string | undefined;
  if (version >= 2) {
    keyId = readKeyId(archive.subarray(at, at + KEY_ID_LENGTH));
    at += KEY_ID_LENGTH;
  }
  const length = Number(archive.readBigUInt64BE(at));
  const expected = headerBytes + length + TAG_LENGTH + DIGEST_LENGTH;
  if (archive.length < expected) throw new BackupError(`the archive is truncated: ${archive.length} bytes of the ${expected} its header announces`);
  if (archive.length > expected) throw new BackupError(`the archive is damaged: ${archive.length - expected} bytes past its end`);
  return { version, ...fields, iv, check, keyId, length, headerLength: headerBytes };
}

/**
 * Verifies and decrypts a whole version 1 or 2 archive; nothing of it is trusted before the GCM tag has been checked.
 * Throws a BackupError saying whether the key or passphrase is wrong or the archive was altered or cut.
 */
export function openLegacyArchive(archive: Buffer, header: LegacyHeader, source: KeySource): unknown {
  const sealed = archive.subarray(0, archive.length - DIGEST_LENGTH);
  if (!createHash('sha256').update(sealed).digest().equals(archive.subarray(archive.length - DIGEST_LENGTH))) throw new BackupError(ALTERED);
  const key = unlock(header, source);
  const decipher = createDecipheriv('aes-256-gcm', key, header.iv);
  decipher.setAAD(archive.subarray(0, header.headerLength));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
  let plaintext: Buffer;
  try {
    plaintext = Buffer.concat([decipher.update(sealed.subarray(header.headerLength, sealed.length - TAG_LENGTH)), decipher.final()]);
  } catch {
    throw new BackupError(ALTERED);
  }
  try {
    return JSON.parse(gunzipSync(plaintext).toString('utf8'));
  } catch {
    throw new BackupError('the archive authenticated but its payload cannot be read (nothing was written)');
  }
}
