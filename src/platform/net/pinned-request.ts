import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';

export interface PinnedRequest {
  readonly url: URL;
  /** The checked address: the only one the connection may reach. */
  readonly address: string;
  readonly method: 'GET' | 'POST';
  readonly body?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
  /** Read at most this many bytes of the response body (0: do not read it). */
  readonly maxBodyBytes: number;
}

/**
 * Sends a request to `url` over a connection to `address` and answers the status and (up to maxBodyBytes of) the body.
 * The name stays the request's host, so the Host header, TLS SNI and the certificate check all use the URL's name,
 * while the custom lookup keeps the socket on the address that was checked (no second resolution that a rebinding name
 * could answer with 127.0.0.1). Redirects are not followed: they could lead anywhere.
 */
export function requestPinned(request: PinnedRequest): Promise<{ status: number; body: string }> {
  const { url, address } = request;
  const family = net.isIP(address);
  // Node asks for one address, or for all of them (autoSelectFamily): either way, only the checked one.
  const pinned = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
  const client = url.protocol === 'https:' ? https : http;
  const length = request.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(request.body)) };
  return new Promise((resolve, reject) => {
    const outgoing = client.request({
      method: request.method,
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      headers: { ...request.headers, Host: url.host, ...length },
      lookup: pinned,
      agent: false, // no pooled socket from an earlier, differently checked attempt
      signal: request.signal,
    }, (response) => {
      const status = response.statusCode ?? 0;
      if (request.maxBodyBytes <= 0) {
        resolve({ status, body: '' });
        response.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= request.maxBodyBytes) response.destroy(); // enough: 'close' settles with what was read
      });
      response.on('error', reject);
      response.on('close', () => resolve({ status, body: Buffer.concat(chunks).subarray(0, request.maxBodyBytes).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
