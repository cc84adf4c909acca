import fs from 'node:fs';
import { createSecureContext, type SecureContextOptions } from 'node:tls';
import { ConfigError } from '../config.ts';

/** Where the server's certificate and key live (PEM files): LIFEBOAT_TLS_CERT and LIFEBOAT_TLS_KEY. */
export interface TlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
}

/**
 * TLS 1.2 and 1.3 only; on 1.2 only forward-secret AEAD suites (Mozilla's "intermediate" profile). TLS 1.3's
 * suites are all modern and are not restricted by this list.
 */
const CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

/** One year, subdomains included: what a browser keeps to refuse plain HTTP to this host. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** What the HTTPS server is built with: the files' contents and the protocol limits. */
export type TlsMaterial = Required<Pick<SecureContextOptions, 'cert' | 'key'>> & SecureContextOptions;

/**
 * Reads and checks the certificate and key (a pair that does not match, or a file that is not PEM, fails here,
 * at start or at a reload, naming the variable, never printing the key).
 */
export function readTls(files: TlsFiles): TlsMaterial {
  const read = (file: string, variable: string) => {
    try {
      return fs.readFileSync(file);
    } catch (error) {
      throw new ConfigError(variable, `cannot be read: ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  };
  const cert = read(files.certFile, 'LIFEBOAT_TLS_CERT');
  const key = read(files.keyFile, 'LIFEBOAT_TLS_KEY');
  if (!cert.includes('-----BEGIN CERTIFICATE-----')) throw new ConfigError('LIFEBOAT_TLS_CERT', `is not a PEM certificate: ${files.certFile}`);
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key.toString('latin1'))) throw new ConfigError('LIFEBOAT_TLS_KEY', `is not a PEM private key: ${files.keyFile}`);
  const material: TlsMaterial = { cert, key, minVersion: 'TLSv1.2', ciphers: CIPHERS, honorCipherOrder: true };
  try {
    createSecureContext(material);
  } catch (error) {
    // OpenSSL's message (e.g. "key values mismatch") names no key material.
    throw new ConfigError('LIFEBOAT_TLS_KEY', `does not go with LIFEBOAT_TLS_CERT: ${(error as Error).message}`);
  }
  return material;
}

/** The loopback hosts, where plain HTTP carries nothing off the machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
