import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * A catalog backup archive (version 1):
 *
 *   magic "LBCATBK\n" (8) | version u16 | key mode u8 (1 master key, 2 passphrase) | scrypt log2 N u8 | r u8 | p u8
 *   | salt (16) | iv (12) | key check (16) | ciphertext length u64 | ciphertext | GCM tag (16) | SHA-256 of all before (32)
 *
 * The header (everything before the ciphertext) is the GCM additional data, so a changed byte anywhere fails
 * authentication. The ciphertext is AES-256-GCM over the gzipped JSON payload. The key is HKDF-SHA256 of the
 * master key (mode 1) or scrypt of the passphrase (mode 2), with the salt. The key check (an HMAC of a constant
 * under the derived key) tells a wrong key or passphrase apart from a damaged archive; the trailing SHA-256 (not a
 * secret: the GCM tag is what authenticates) tells a damaged archive, the salt or the key check included, apart from a
 * wrong key or passphrase.
 */
export const ARCHIVE_MAGIC = Buffer.from('LBCATBK\n', 'latin1');
export const ARCHIVE_VERSION = 1;
const HEADER_LENGTH = 8 + 2 + 1 + 3 + 16 + 12 + 16 + 8;
const TAG_LENGTH = 16;
const DIGEST_LENGTH = 32;
const ALTERED = 'the archive failed authentication: it was altered or damaged after it was made (nothing was written)';
const SCRYPT = { log2N: 15, r: 8, p: 1 } as const;

export type KeySource = { readonly masterKey: Buffer } | { readonly passphrase: string };

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
  readonly length: number;
}

function deriveKey(source: KeySource, salt: Buffer, header: Pick<Header, 'log2N' | 'r' | 'p'>): Buffer {
  if ('masterKey' in source) return Buffer.from(hkdfSync('sha256', source.masterKey, salt, 'lifeboat catalog backup v1', 32));
  const N = 2 ** header.log2N;
  return scryptSync(source.passphrase.normalize('NFC'), salt, 32, { N, r: header.r, p: header.p, maxmem: 256 * N * header.r + 16 * 1024 * 1024 });
}

function keyCheck(key: Buffer): Buffer {
  return createHmac('sha256', key).update('lifeboat catalog backup key check').digest().subarray(0, 16);
}

/** Encrypts and authenticates a payload into an archive. */
export function sealArchive(payload: unknown, source: KeySource): Buffer {
  if ('passphrase' in source && source.passphrase.length < 8) throw new BackupError('the passphrase must be at least 8 characters');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = deriveKey(source, salt, SCRYPT);
  const plaintext = gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'));
  const header = Buffer.alloc(HEADER_LENGTH);
  let at = ARCHIVE_MAGIC.copy(header, 0);
  at = header.writeUInt16BE(ARCHIVE_VERSION, at);
  at = header.writeUInt8('masterKey' in source ? 1 : 2, at);
  at = header.writeUInt8(SCRYPT.log2N, at);
  at = header.writeUInt8(SCRYPT.r, at);
  at = header.writeUInt8(SCRYPT.p, at);
  at += salt.copy(header, at);
  at += iv.copy(header, at);
  at += keyCheck(key).copy(header, at);
  header.writeBigUInt64BE(BigInt(plaintext.length), at); // GCM's ciphertext is as long as its plaintext
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const sealed = Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
  return Buffer.concat([sealed, createHash('sha256').update(sealed).digest()]);
}

/** Reads the header: throws a BackupError for anything that is not a whole version-1 archive. */
export function readArchiveHeader(archive: Buffer): Header {
  if (archive.length < ARCHIVE_MAGIC.length || !archive.subarray(0, ARCHIVE_MAGIC.length).equals(ARCHIVE_MAGIC)) {
    throw new BackupError('not a Lifeboat catalog backup (its first bytes are not the archive magic)');
  }
  if (archive.length < HEADER_LENGTH + TAG_LENGTH + DIGEST_LENGTH) throw new BackupError(`the archive is truncated: ${archive.length} bytes, not even a whole header`);
  let at = ARCHIVE_MAGIC.length;
  const version = archive.readUInt16BE(at); at += 2;
  if (version !== ARCHIVE_VERSION) throw new BackupError(`archive format version ${version} is not known to this Lifeboat (it reads version ${ARCHIVE_VERSION}); restore with a newer Lifeboat`);
  const modeByte = archive.readUInt8(at); at += 1;
  if (modeByte !== 1 && modeByte !== 2) throw new BackupError('the archive is damaged: unknown key mode in its header');
  const log2N = archive.readUInt8(at); const r = archive.readUInt8(at + 1); const p = archive.readUInt8(at + 2); at += 3;
  if (log2N < 10 || log2N > 20 || r < 1 || r > 32 || p < 1 || p > 16) throw new BackupError('the archive is damaged: impossible scrypt parameters in its header');
  const salt = archive.subarray(at, at + 16); at += 16;
  const iv = archive.subarray(at, at + 12); at += 12;
  const check = archive.subarray(at, at + 16); at += 16;
  const length = Number(archive.readBigUInt64BE(at));
  const expected = HEADER_LENGTH + length + TAG_LENGTH + DIGEST_LENGTH;
  if (archive.length < expected) throw new BackupError(`the archive is truncated: ${archive.length} bytes of the ${expected} its header announces`);
  if (archive.length > expected) throw new BackupError(`the archive is damaged: ${archive.length - expected} bytes past its end`);
  return { version, mode: modeByte === 1 ? 'master-key' : 'passphrase', log2N, r, p, salt, iv, check, length };
}

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
    throw new BackupError(header.mode === 'passphrase'
      ? 'wrong passphrase for this archive (nothing was written)'
      : 'this archive was sealed with another master key (nothing was written): set LIFEBOAT_MASTER_KEY to the key of the instance that made it');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, header.iv);
  decipher.setAAD(archive.subarray(0, HEADER_LENGTH));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
  let plaintext: Buffer;
  try {
    plaintext = Buffer.concat([decipher.update(sealed.subarray(HEADER_LENGTH, sealed.length - TAG_LENGTH)), decipher.final()]);
  } catch {
    throw new BackupError(ALTERED);
  }
  try {
    return JSON.parse(gunzipSync(plaintext).toString('utf8'));
  } catch {
    throw new BackupError('the archive authenticated but its payload cannot be read (nothing was written)');
  }
}
