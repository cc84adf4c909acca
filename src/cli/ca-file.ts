// The CA of a server whose certificate a private CA signed (--ca-file / LIFEBOAT_CA_FILE): http-fetch.ts adds it
// to Node's roots. Certificates are always verified; there is no way to turn that off.
import fs from 'node:fs';
import type { OptionValues } from './command.ts';
import { createHttpFetch } from './http-fetch.ts';
import { UsageError } from './exit-codes.ts';

/** The PEM file's certificates, or a usage error naming the option. */
export function readCaFile(file: string, option: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${option} ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new UsageError(`${option} ${file}: holds no PEM certificate`);
  return text;
}

/** The CLI's fetch: over node:http(s), trusting the CA of --ca-file (else LIFEBOAT_CA_FILE) beside Node's roots. */
export function cliFetch(options: OptionValues, env: NodeJS.ProcessEnv): typeof fetch {
  const caOption = options['ca-file'] as string | undefined;
  const caFile = caOption ?? (env.LIFEBOAT_CA_FILE || undefined);
  return createHttpFetch(caFile ? { ca: readCaFile(caFile, caOption ? '--ca-file' : 'LIFEBOAT_CA_FILE') } : {}) as typeof fetch;
}
