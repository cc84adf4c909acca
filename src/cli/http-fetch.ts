// The CLI's fetch: the request over node:http / node:https. Node's global fetch (undici) costs a command
// about 60 ms of CPU to load and compile its HTTP parser before the first byte is sent, a third of a client
// command's start-up; this does the same one-shot exchange without it. Redirects are not followed (the
// client refuses them, see client.ts); a failure to connect is a TypeError whose cause carries the code
// (ECONNREFUSED, ENOTFOUND, …), as fetch's is.
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';

/** The fetch; with `ca`, https servers may also be signed by that CA (beside Node's roots). */
export function createHttpFetch(options: { readonly ca?: string } = {}): (input: Request) => Promise<Response> {
  const agent = options.ca ? new https.Agent({ ca: [...rootCertificates, options.ca] }) : undefined;
  return (input) => httpFetch(input, agent);
}

export async function httpFetch(input: Request, agent?: https.Agent): Promise<Response> {
  const url = new URL(input.url);
  const body = input.body ? Buffer.from(await input.arrayBuffer()) : undefined;
  const headers: Record<string, string> = {};
  input.headers.forEach((value, key) => {
    headers[key] = value;
  });
  if (body) headers['content-length'] = String(body.length);
  return new Promise<Response>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, { method: input.method, headers, signal: input.signal, ...(agent && url.protocol === 'https:' ? { agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        const responseHeaders = new Headers();
        for (const [key, value] of Object.entries(res.headers)) {
          if (Array.isArray(value)) for (const v of value) responseHeaders.append(key, v);
          else if (value !== undefined) responseHeaders.set(key, value);
        }
        const empty = status === 204 || status === 205 || status === 304 || input.method === 'HEAD';
        const response = new Response(empty ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? '', headers: responseHeaders });
        Object.defineProperty(response, 'url', { value: input.url });
        resolve(response);
      });
    });
    request.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
    request.end(body);
  });
}
