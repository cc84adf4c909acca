import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { freePort, killLifeboatProcesses, lifeboatProcess as lifeboat, type Running } from '../helpers/process.ts';
import { pollUntil } from '../helpers/wait.ts';
const TOKEN = 'tls-test-admin-token-0123456789';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-tls-'));
const file = (name: string) => path.join(dir, name);

/** A private CA, and a server certificate for 127.0.0.1 it signs (serial and CN tell two issues apart). */
function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}
function makeCa(): void {
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Lifeboat Test CA');
}
function issue(name: string, cn: string): void {
  fs.writeFileSync(file('san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
  openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', 'san.ext');
}

const until = <T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, running: Running) =>
  pollUntil(what, check, { timeoutMs: 20_000, intervalMs: 50, describe: () => `stdout:\n${running.stdout.slice(-2000)}\nstderr:\n${running.stderr.slice(-2000)}` });

/** One GET over a given agent: status, headers, and the certificate the server presented. */
function get(port: number, url: string, agent: https.Agent): Promise<{ status: number; headers: Record<string, unknown>; serial: string }> {
  return new Promise((resolve, reject) => {
    const request = https.get({ host: '127.0.0.1', port, path: url, agent, headers: { authorization: `Bearer ${TOKEN}` } }, (res) => {
      const serial = (res.socket as tls.TLSSocket).getPeerCertificate().serialNumber;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, serial }));
    });
    request.on('error', reject);
  });
}

const serialOf = (name: string) => new X509Certificate(fs.readFileSync(file(`${name}.pem`))).serialNumber;

afterAll(async () => {
  await killLifeboatProcesses();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('TLS: lifeboat serve over HTTPS with a private CA, the CLI verifying it, and a certificate reload', () => {
  let port: number;
  let server: Running;
  const env = () => ({
    LIFEBOAT_DATA_DIR: file('data'), LIFEBOAT_PORT: String(port), LIFEBOAT_ADMIN_TOKEN: TOKEN, LIFEBOAT_DEMO: 'false',
    LIFEBOAT_TLS_CERT: file('server.pem'), LIFEBOAT_TLS_KEY: file('server.key'),
  });

  beforeAll(async () => {
    makeCa();
    issue('first', 'first');
    issue('second', 'second');
    fs.copyFileSync(file('first.pem'), file('server.pem'));
    fs.copyFileSync(file('first.key'), file('server.key'));
    port = await freePort();
    server = lifeboat(['serve'], env());
    await until('the banner', () => server.stdout.includes('Lifeboat is serving on'), server);
  });

  it('serves HTTPS with HSTS, trusted through the CA, and refuses TLS 1.1', async () => {
    expect(server.stdout).toContain(`https://127.0.0.1:${port}`);
    const agent = new https.Agent({ ca: fs.readFileSync(file('ca.pem')) });
    const ready = await get(port, '/readyz', agent);
    expect(ready.status).toBe(200);
    expect(ready.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(ready.serial).toBe(serialOf('first'));
    expect((await get(port, '/api/v1/accounts', agent)).status).toBe(200);
    // Without the CA, the certificate is not trusted; plain HTTP on the same port gets no API answer.
    await expect(get(port, '/readyz', new https.Agent())).rejects.toMatchObject({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    await expect(fetch(`http://127.0.0.1:${port}/readyz`).then((res) => res.status)).rejects.toThrow();
    const old = await new Promise<string>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ca: fs.readFileSync(file('ca.pem')), minVersion: 'TLSv1', maxVersion: 'TLSv1.1' });
      socket.on('secureConnect', () => (socket.destroy(), resolve('connected')));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    expect(old).not.toBe('connected');
  });

  it('the CLI verifies the certificate: refused without the CA (naming --ca-file), answered with --ca-file or LIFEBOAT_CA_FILE', async () => {
    const url = `https://127.0.0.1:${port}`;
    const home = { HOME: file('home'), XDG_CONFIG_HOME: file('home') };
    const refused = await runCli(['connections', 'list', '--url', url, '--token', TOKEN, '-o', 'json'], home);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--ca-file');
    const trusted = await runCli(['connections', 'list', '--url', url, '--token', TOKEN, '--ca-file', file('ca.pem'), '-o', 'json'], home);
    expect(trusted.code, trusted.stderr).toBe(0);
    expect(JSON.parse(trusted.stdout)).toEqual([]);
    const byEnv = await runCli(['connections', 'list', '-o', 'json'], { ...home, LIFEBOAT_URL: url, LIFEBOAT_TOKEN: TOKEN, LIFEBOAT_CA_FILE: file('ca.pem') });
    expect(byEnv.code, byEnv.stderr).toBe(0);
    const missing = await runCli(['connections', 'list', '--url', url, '--token', TOKEN, '--ca-file', file('nope.pem')], home);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--ca-file');
  });

  it('takes a renewed certificate on SIGHUP for new connections, without dropping an open one', async () => {
    const keepAlive = new https.Agent({ ca: fs.readFileSync(file('ca.pem')), keepAlive: true, maxSockets: 1 });
    expect((await get(port, '/readyz', keepAlive)).serial).toBe(serialOf('first'));
    fs.copyFileSync(file('second.pem'), file('server.pem'));
    fs.copyFileSync(file('second.key'), file('server.key'));
    server.child.kill('SIGHUP');
    await until('the reload logged', () => /TLS certificate reloaded/.test(server.stdout + server.stderr), server);
    // The open connection still answers (with the certificate it was opened with) …
    const open = await get(port, '/readyz', keepAlive);
    expect(open).toMatchObject({ status: 200, serial: serialOf('first') });
    // … and a new one meets the renewed certificate.
    expect((await get(port, '/readyz', new https.Agent({ ca: fs.readFileSync(file('ca.pem')) }))).serial).toBe(serialOf('second'));
    // A broken renewal is refused and the current certificate stays.
    fs.writeFileSync(file('server.pem'), 'not a certificate');
    server.child.kill('SIGHUP');
    await until('the refusal logged', () => /TLS certificate not reloaded/.test(server.stdout + server.stderr), server);
    expect((await get(port, '/readyz', new https.Agent({ ca: fs.readFileSync(file('ca.pem')) }))).serial).toBe(serialOf('second'));
    expect(server.child.exitCode).toBeNull();
    keepAlive.destroy();
  });

  it('refuses half a configuration, a key that does not match, and warns about plain HTTP off loopback', async () => {
    const base = { LIFEBOAT_DATA_DIR: file('data2'), LIFEBOAT_ADMIN_TOKEN: TOKEN, LIFEBOAT_DEMO: 'false', LIFEBOAT_PORT: String(await freePort()) };
    const half = lifeboat(['serve'], { ...base, LIFEBOAT_TLS_CERT: file('first.pem') });
    expect(await half.exited).toBe(2);
    expect(half.stderr).toContain('LIFEBOAT_TLS_KEY: must be set with LIFEBOAT_TLS_CERT');
    const mismatched = lifeboat(['serve'], { ...base, LIFEBOAT_TLS_CERT: file('first.pem'), LIFEBOAT_TLS_KEY: file('second.key') });
    expect(await mismatched.exited).not.toBe(0);
    expect(mismatched.stderr).toContain('LIFEBOAT_TLS_KEY: does not go with LIFEBOAT_TLS_CERT');
    expect(mismatched.stderr).not.toContain('PRIVATE KEY');
    const open = lifeboat(['serve'], { ...base, LIFEBOAT_HOST: '0.0.0.0' });
    await until('the plain-HTTP warning', () => open.stderr.includes('serving plain HTTP on 0.0.0.0'), open);
    expect(open.stderr).toContain('LIFEBOAT_TLS_CERT');
    open.child.kill('SIGTERM');
    await open.exited;
  });
});
