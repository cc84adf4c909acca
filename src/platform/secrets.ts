import { createCipheriv, createDecipheriv, createHash, createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeDataDir, tightenFile } from './data-dir.ts';

/**
 * Secrets at rest: AES-256-GCM under the master key. A sealed value is `v1.<iv>.<tag>.<ciphertext>`
 * (base64url), so a later key rotation can add `v2` without a migration of the format.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** A value that proves which key this is without revealing it (stored to catch a node started with another key). */
  readonly keyCheck: string;
}

/**
 * Seals under `key`; opens a value sealed under `key` or under one of `previous` (LIFEBOAT_MASTER_KEY_PREVIOUS,
 * during a master key rotation: the value is authenticated, so the key that opens it is the one that sealed it).
 */
export function createSecretBox(key: Buffer, previous: readonly Buffer[] = []): SecretBox {
  if (key.length !== 32) throw new Error('the master key must be 32 bytes');
  const keys = [key, ...previous.filter((k) => !k.equals(key))];
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
    },
    open(sealed) {
      const [version, iv, tag, ciphertext] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('not a sealed secret');
      for (const [i, candidate] of keys.entries()) {
        try {
          const decipher = createDecipheriv('aes-256-gcm', candidate, Buffer.from(iv, 'base64url'));
          decipher.setAuthTag(Buffer.from(tag, 'base64url'));
          return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
        } catch (error) {
          if (i === keys.length - 1) throw error;
        }
      }
      throw new Error('not a sealed secret');
    },
    keyCheck: createHmac('sha256', key).update('lifeboat master key check').digest('hex'),
  };
}

/** A sealed value (`v1.<iv 12 bytes>.<tag 16 bytes>.<ciphertext>`) wherever it sits in a text, JSON included. */
export const SEALED_VALUE = /\bv1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*/g;

/** Whether `sealed` opens under exactly this key (no previous keys). */
export function sealedUnder(key: Buffer, sealed: string): boolean {
  try {
    createSecretBox(key).open(sealed);
    return true;
  } catch {
    return false;
  }
}

/**
 * `text` with every value sealed under one of `from` sealed again under `to`; values `to` already opens, and
 * strings that only look sealed, are left as they are. Returns the new text and how many values changed.
 */
export function resealText(text: string, from: readonly Buffer[], to: Buffer): { text: string; changed: number } {
  const target = createSecretBox(to);
  const sources = from.filter((key) => !key.equals(to)).map((key) => createSecretBox(key));
  let changed = 0;
  const result = text.replace(SEALED_VALUE, (sealed) => {
    if (sealedUnder(to, sealed)) return sealed;
    for (const source of sources) {
      let plaintext: string;
      try {
        plaintext = source.open(sealed);
      } catch {
        continue;
      }
      changed++;
      return target.seal(plaintext);
    }
    return sealed;
  });
  return { text: result, changed };
}

/** The configured master key, or the one kept in `<dataDir>/master.key` (created with mode 0600 on first start). */
export function loadOrCreateMasterKey(configured: Buffer | undefined, dataDir: string): Buffer {
  if (configured) return configured;
  const file = path.join(dataDir, 'master.key');
  makeDataDir(dataDir);
  try {
    fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  tightenFile(file); // one an older version or an operator left readable by others
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

/** Tokens are stored only as their SHA-256. */
export function hashToken(token: string): string {
  // One-shot crypto.hash: 0.35 µs a token against createHash's 1.3 µs (its per-call algorithm lookup showed as
  // 3–5 % of a request's CPU in the http bench's profile, 2026-12-04).
  return hash('sha256', token, 'hex');
}

/** A new bearer token: `lb_` and 256 random bits. */
export function newToken(): string {
  return `lb_${randomBytes(32).toString('base64url')}`;
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
