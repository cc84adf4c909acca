// fetch for servers whose certificate a private CA signed (--ca-file / LIFEBOAT_CA_FILE). Node's fetch trusts only
// its built-in roots (and NODE_EXTRA_CA_CERTS, read at process start): this one sends https requests through
// node:https with the CA added to those roots. Certificates are always verified; there is no way to turn that off.
import fs from 'node:fs';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
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

export function fetchTrusting(ca: string): typeof fetch {
  const agent = new https.Agent({ ca: [...rootCertificates, ca], keepAlive: true });
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.protocol !== 'https:') return fetch(request);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (body) headers['content-length'] = String(body.length);
    return new Promise<Response>((resolve, reject) => {
      const sent = https.request(url, { method: request.method, headers, agent, signal: request.signal }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', reject);
        answer.on('end', () => {
          const status = answer.statusCode ?? 502;
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(answer.headers)) {
            for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) responseHeaders.append(name, one);
          }
          const empty = status === 204 || status === 304 || request.method === 'HEAD';
          resolve(new Response(empty ? null : Buffer.concat(chunks), { status, statusText: answer.statusMessage, headers: responseHeaders }));
        });
      });
      // Like fetch: a failure to connect or to verify is a TypeError whose cause carries the code.
      sent.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      if (body) sent.write(body);
      sent.end();
    });
  };
}
