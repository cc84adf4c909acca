import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * A catalog backup archive (version 2):
 *
 *   magic "LBCATBK\n" (8) | version u16 | key mode u8 (1 master key, 2 passphrase) | scrypt log2 N u8 | r u8 | p u8
 *   | salt (16) | iv (12) | key check (16) | master key id (8) | ciphertext length u64 | ciphertext | GCM tag (16)
 *   | SHA-256 of all before (32)
 *
 * Version 1 (still read) is the same without the master key id.
 *
 * The header (everything before the ciphertext) is the GCM additional data, so a changed byte anywhere fails
 * authentication. The ciphertext is AES-256-GCM over the gzipped JSON payload. The key is HKDF-SHA256 of the
 * master key (mode 1) or scrypt of the passphrase (mode 2), with the salt. The key check (an HMAC of a constant
 * under the derived key) tells a wrong key or passphrase apart from a damaged archive; the trailing SHA-256 (not a
 * secret: the GCM tag is what authenticates) tells a damaged archive, the salt or the key check included, apart from a
 * wrong key or passphrase. The master key id (see masterKeyId; zeros when not known) names the master key the
 * archive's secrets are sealed under, so that a wrong key is named.
 */
export const ARCHIVE_MAGIC = Buffer.from('LBCATBK\n', 'latin1');
export const ARCHIVE_VERSION = 2;
const KEY_ID_LENGTH = 8;
const headerLength = (version: number) => 8 + 2 + 1 + 3 + 16 + 12 + 16 + (version >= 2 ? KEY_ID_LENGTH : 0) + 8;
const MIN_HEADER_LENGTH = headerLength(1);
const TAG_LENGTH = 16;
const DIGEST_LENGTH = 32;
const ALTERED = 'the archive failed authentication: it was altered or damaged after it was made (nothing was written)';
const SCRYPT = { log2N: 15, r: 8, p: 1 } as const;

export type KeySource = { readonly masterKey: Buffer } | { readonly passphrase: string };

/**
 * A master key's stable, non-secret name: the first 8 bytes (hex) of HMAC-SHA256(key, "lifeboat master key id").
 * Printed by backup, restore --check and rotate-master-key, and carried in the archive's header.
 */
export function masterKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('lifeboat master key id').digest().subarray(0, KEY_ID_LENGTH).toString('hex');
}

/** Why an archive was refused or could not be made; its message is for the operator as it is. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export type ArchiveKeyMode = 'master-key' | 'passphrase';

interface Header {
  readonly version: number;
  readonly mode: ArchiveKeyMode;
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly iv: Buffer;
  readonly check: Buffer;
  /** The id of the master key the archive's secrets are sealed under; undefined in a version 1 archive, or when not given. */
  readonly keyId: string | undefined;
  readonly length: number;
  /** Bytes before the ciphertext. */
  readonly headerLength: number;
}

function deriveKey(source: KeySource, salt: Buffer, header: Pick<Header, 'log2N' | 'r' | 'p'>): Buffer {
  if ('masterKey' in source) return Buffer.from(hkdfSync('sha256', source.masterKey, salt, 'lifeboat catalog backup v1', 32));
  const N = 2 ** header.log2N;
  return scryptSync(source.passphrase.normalize('NFC'), salt, 32, { N, r: header.r, p: header.p, maxmem: 256 * N * header.r + 16 * 1024 * 1024 });
}

function keyCheck(key: Buffer): Buffer {
  return createHmac('sha256', key).update('lifeboat catalog backup key check').digest().subarray(0, 16);
}

/**
 * Encrypts and authenticates a payload into an archive. Its header names the master key: the one sealing it, or
 * for a passphrase archive `masterKeyIdOfPayload` (the key whose secrets it carries).
 */
export function sealArchive(payload: unknown, source: KeySource, masterKeyIdOfPayload?: string): Buffer {
  if ('passphrase' in source && source.passphrase.length < 8) throw new BackupError('the passphrase must be at least 8 characters');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = deriveKey(source, salt, SCRYPT);
  const plaintext = gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'));
  const keyId = 'masterKey' in source ? masterKeyId(source.masterKey) : masterKeyIdOfPayload;
  if (keyId !== undefined && !/^[0-9a-f]{16}$/.test(keyId)) throw new Error(`not a master key id: ${keyId}`);
  const header = Buffer.alloc(headerLength(ARCHIVE_VERSION));
  let at = ARCHIVE_MAGIC.copy(header, 0);
  at = header.writeUInt16BE(ARCHIVE_VERSION, at);
  at = header.writeUInt8('masterKey' in source ? 1 : 2, at);
  at = header.writeUInt8(SCRYPT.log2N, at);
  at = header.writeUInt8(SCRYPT.r, at);
  at = header.writeUInt8(SCRYPT.p, at);
  at += salt.copy(header, at);
  at += iv.copy(header, at);
  at += keyCheck(key).copy(header, at);
  at += (keyId === undefined ? Buffer.alloc(KEY_ID_LENGTH) : Buffer.from(keyId, 'hex')).copy(header, at);
  header.writeBigUInt64BE(BigInt(plaintext.length), at); // GCM's ciphertext is as long as its plaintext
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const sealed = Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
  return Buffer.concat([sealed, createHash('sha256').update(sealed).digest()]);
}

/** Reads the header: throws a BackupError for anything that is not a whole version 1 or 2 archive. */
export function readArchiveHeader(archive: Buffer): Header {
  if (archive.length < ARCHIVE_MAGIC.length || !archive.subarray(0, ARCHIVE_MAGIC.length).equals(ARCHIVE_MAGIC)) {
    throw new BackupError('not a Lifeboat catalog backup (its first bytes are not the archive magic)');
  }
  if (archive.length < MIN_HEADER_LENGTH + TAG_LENGTH + DIGEST_LENGTH) throw new BackupError(`the archive is truncated: ${archive.length} bytes, not even a whole header`);
  let at = ARCHIVE_MAGIC.length;
  const version = archive.readUInt16BE(at); at += 2;
  if (version !== 1 && version !== 2) throw new BackupError(`archive format version ${version} is not known to this Lifeboat (it reads versions 1 and 2); restore with a newer Lifeboat`);
  const headerBytes = headerLength(version);
  if (archive.length < headerBytes + TAG_LENGTH + DIGEST_LENGTH) throw new BackupError(`the archive is truncated: ${archive.length} bytes, not even a whole header`);
  const modeByte = archive.readUInt8(at); at += 1;
  if (modeByte !== 1 && modeByte !== 2) throw new BackupError('the archive is damaged: unknown key mode in its header');
  const log2N = archive.readUInt8(at); const r = archive.readUInt8(at + 1); const p = archive.readUInt8(at + 2); at += 3;
  if (log2N < 10 || log2N > 20 || r < 1 || r > 32 || p < 1 || p > 16) throw new BackupError('the archive is damaged: impossible scrypt parameters in its header');
  const salt = archive.subarray(at, at + 16); at += 16;
  const iv = archive.subarray(at, at + 12); at += 12;
  const check = archive.subarray(at, at + 16); at += 16;
  let keyId: string | undefined;
  if (version >= 2) {
    const id = archive.subarray(at, at + KEY_ID_LENGTH); at += KEY_ID_LENGTH;
    if (id.some((byte) => byte !== 0)) keyId = id.toString('hex');
  }
  const length = Number(archive.readBigUInt64BE(at));
  const expected = headerBytes + length + TAG_LENGTH + DIGEST_LENGTH;
  if (archive.length < expected) throw new BackupError(`the archive is truncated: ${archive.length} bytes of the ${expected} its header announces`);
  if (archive.length > expected) throw new BackupError(`the archive is damaged: ${archive.length - expected} bytes past its end`);
  return { version, mode: modeByte === 1 ? 'master-key' : 'passphrase', log2N, r, p, salt, iv, check, keyId, length, headerLength: headerBytes };
}

export type ArchiveHeader = Header;

/** Which key an archive needs (without decrypting it). */
export function archiveKeyMode(archive: Buffer): ArchiveKeyMode {
  return readArchiveHeader(archive).mode;
}

/**
 * Verifies and decrypts a whole archive; nothing of it is trusted before the GCM tag has been checked.
 * Throws a BackupError saying whether the key or passphrase is wrong or the archive was altered or cut.
 */
export function openArchive(archive: Buffer, source: KeySource): unknown {
  const header = readArchiveHeader(archive);
  const sealed = archive.subarray(0, archive.length - DIGEST_LENGTH);
  if (!createHash('sha256').update(sealed).digest().equals(archive.subarray(archive.length - DIGEST_LENGTH))) throw new BackupError(ALTERED);
  if (header.mode === 'passphrase' && !('passphrase' in source)) {
    throw new BackupError('the archive was made with a passphrase: give it with --passphrase-file or LIFEBOAT_BACKUP_PASSPHRASE');
  }
  if (header.mode === 'master-key' && !('masterKey' in source)) {
    throw new BackupError('the archive is sealed with the master key of the instance that made it, not a passphrase: set LIFEBOAT_MASTER_KEY to that key');
  }
  const key = deriveKey(source, header.salt, header);
  if (!timingSafeEqual(keyCheck(key), header.check)) {
    if (header.mode === 'passphrase') throw new BackupError('wrong passphrase for this archive (nothing was written)');
    const given = masterKeyId((source as { masterKey: Buffer }).masterKey);
    throw new BackupError(header.keyId
      ? `this archive was sealed with master key ${header.keyId}; the key given is ${given} (nothing was written): set LIFEBOAT_MASTER_KEY to the key of the instance that made it`
      : `this archive was sealed with another master key (a version 1 archive does not name it); the key given is ${given} (nothing was written): set LIFEBOAT_MASTER_KEY to the key of the instance that made it`);
  }
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
