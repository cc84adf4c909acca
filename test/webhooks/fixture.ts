import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import type { TestApp } from '../helpers/app.ts';
import { assembliesOf } from '../assemblies/fixture.ts';

export const webhooksOf = (t: TestApp, assemblyId: number, project = 'default') => `${assembliesOf(t, project)}/${assemblyId}/webhooks`;

/** Rows in webhooks: "nothing written" is checked in the store itself. */
export async function webhookRows(t: TestApp): Promise<number> {
  const row = await t.app.store.db.selectFrom('webhooks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface Received {
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/**
 * A receiver on 127.0.0.1. The path decides the answer: `/ok` and `/ok/<anything>` 200, `/fail` 500, `/flaky/<n>/<name>` 500 for
 * the first n calls of that name then 204, `/hang` never answers.
 */
export async function startReceiver() {
  const received: Received[] = [];
  const calls = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (path === '/hang') return; // the timeout ends it
      const flaky = /^\/flaky\/(\d+)\//.exec(path);
      if (flaky) {
        const n = (calls.get(path) ?? 0) + 1;
        calls.set(path, n);
        res.statusCode = n <= Number(flaky[1]) ? 500 : 204;
        return res.end();
      }
      const ok = path === '/ok' || path.startsWith('/ok/');
      res.statusCode = ok ? 200 : 500;
      res.end(ok ? '{"ok":true}' : 'boom');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    on: (path: string) => received.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A TCP listener on 127.0.0.1 that only counts who connects: the address a rebinding name must never reach. */
export async function startConnectionCounter() {
  let connections = 0;
  const server = net.createServer((socket) => { connections++; socket.destroy(); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * An https server on 127.0.0.1 with a fresh self-signed certificate for `name` (made by openssl): it records the
 * SNI name each handshake asked for and the requests that got through.
 */
export async function startTlsReceiver(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-subj', `/CN=${name}`, '-addext', `subjectAltName=DNS:${name}`,
  ], { stdio: 'ignore' });
  const serverNames: string[] = [];
  const requests: string[] = [];
  const context = tls.createSecureContext({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) });
  // SNICallback runs on the ClientHello, before the client judges the certificate: a refused handshake still tells.
  const server = https.createServer({ SNICallback: (servername, done) => { serverNames.push(servername); done(null, context); } }, (req, res) => {
    requests.push(req.url ?? '/');
    res.end();
  });
  server.on('tlsClientError', () => undefined); // the client refusing the certificate is the expected outcome
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    serverNames,
    requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => { fs.rmSync(dir, { recursive: true, force: true }); resolve(); }); }),
  };
}

