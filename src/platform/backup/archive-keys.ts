import { createHmac, hkdfSync, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * What every version of the catalog backup archive shares: the magic, how the archive's key is derived (HKDF-SHA256
 * of the master key, or scrypt of a passphrase, with the archive's salt), the key check that tells a wrong key or
 * passphrase apart from a damaged archive, the master key's id, and the operator's messages.
 */
export const ARCHIVE_MAGIC = Buffer.from('LBCATBK\n', 'latin1');
export const KEY_ID_LENGTH = 8;
export const SCRYPT = { log2N: 15, r: 8, p: 1 } as const;
export const ALTERED = 'the archive failed authentication: it was altered or damaged after it was made (nothing was written)';

export type KeySource = { readonly masterKey: Buffer } | { readonly passphrase: string };
export type ArchiveKeyMode = 'master-key' | 'passphrase';

/** Why an archive was refused or could not be made; its message is for the operator as it is. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * A master key's stable, non-secret name: the first 8 bytes (hex) of HMAC-SHA256(key, "lifeboat master key id").
 * Printed by backup, restore --check and rotate-master-key, and carried in the archive's header.
 */
export function masterKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('lifeboat master key id').digest().subarray(0, KEY_ID_LENGTH).toString('hex');
}

export interface KeyParameters {
  readonly mode: ArchiveKeyMode;
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly check: Buffer;
  /** The id of the master key the archive's secrets are sealed under; undefined in a version 1 archive, or when not given. */
  readonly keyId: string | undefined;
}

export function deriveKey(source: KeySource, salt: Buffer, header: Pick<KeyParameters, 'log2N' | 'r' | 'p'>): Buffer {
  if ('masterKey' in source) return Buffer.from(hkdfSync('sha256', source.masterKey, salt, 'lifeboat catalog backup v1', 32));
  const N = 2 ** header.log2N;
  return scryptSync(source.passphrase.normalize('NFC'), salt, 32, { N, r: header.r, p: header.p, maxmem: 256 * N * header.r + 16 * 1024 * 1024 });
}

export function keyCheck(key: Buffer): Buffer {
  return createHmac('sha256', key).update('lifeboat catalog backup key check').digest().subarray(0, 16);
}

/**
 * The key mode, scrypt parameters and salt, which every version stores right after the magic and the version:
 * refused when impossible. Returns them and the offset of what follows.
 */
export function readKeyFields(header: Buffer): { fields: Pick<KeyParameters, 'mode' | 'log2N' | 'r' | 'p' | 'salt'>; next: number } {
  const at = ARCHIVE_MAGIC.length + 2;
  const [modeByte, log2N, r, p] = [header.readUInt8(at), header.readUInt8(at + 1), header.readUInt8(at + 2), header.readUInt8(at + 3)];
  if (modeByte !== 1 && modeByte !== 2) throw new BackupError('the archive is damaged: unknown key mode in its header');
  if (log2N < 10 || log2N > 20 || r < 1 || r > 32 || p < 1 || p > 16) throw new BackupError('the archive is damaged: impossible scrypt parameters in its header');
  return { fields: { mode: modeByte === 1 ? 'master-key' : 'passphrase', log2N, r, p, salt: header.subarray(at + 4, at + 20) }, next: at + 20 };
}

/** The id a header carries: undefined when all zeros (not known when the archive was made). */
export function readKeyId(bytes: Buffer): string | undefined {
  return bytes.some((byte) => byte !== 0) ? bytes.toString('hex') : undefined;
}

/** The bytes of a key id for a header: zeros when not known. */
export function keyIdBytes(keyId: string | undefined): Buffer {
  if (keyId !== undefined && !/^[0-9a-f]{16}$/.test(keyId)) throw new Error(`not a master key id: ${keyId}`);
  return keyId === undefined ? Buffer.alloc(KEY_ID_LENGTH) : Buffer.from(keyId, 'hex');
}

export function checkPassphrase(source: KeySource): void {
  if ('passphrase' in source && source.passphrase.length < 8) throw new BackupError('the passphrase must be at least 8 characters');
}

/**
 * The archive's key from the source given, once the source is the right kind and opens the key check: else a
 * BackupError naming what to give (and, for a master key, which key the archive needs and which was given).
 */
export function unlock(header: KeyParameters, source: KeySource): Buffer {
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
  return key;
}
