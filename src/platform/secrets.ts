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

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the master key must be 32 bytes');
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
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
    keyCheck: createHmac('sha256', key).update('lifeboat master key check').digest('hex'),
  };
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
