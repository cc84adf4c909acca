import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { BODY_OPTIONS } from '../../src/cli/command.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { makeAssembly, makeConnection } from '../assemblies/fixture.ts';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { json, runCli, runInProcess, tempConfigDir } from './run-cli.ts';
import { startTrap, type Trap } from './trap.ts';

// The security rule of the client: the token goes to the configured server and nowhere else, whatever a
// command's options, arguments or the server's answers say.
for (const dialect of DIALECTS) {
  describe(`the CLI sends the token only to the configured server [${dialect}]`, () => {
    let t: TestApp;
    let server: string;
    let trap: Trap;
    let config: string;
    let profiles: string;
    let assemblyId: string;
    const envOf = () => ({ LIFEBOAT_URL: server, LIFEBOAT_TOKEN: ADMIN_TOKEN, LIFEBOAT_CONFIG_DIR: tempConfigDir() });

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_WEBHOOK_ALLOW_PRIVATE: 'true' });
      await t.app.http.listen({ host: '127.0.0.1', port: 0 });
      server = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
      trap = await startTrap();
      assemblyId = String((await makeAssembly(t, await makeConnection(t))).id);
      config = tempConfigDir();
      const login = await runCli(['login', '--url', server, '--token', ADMIN_TOKEN], { LIFEBOAT_CONFIG_DIR: config });
      expect(login.code, login.stderr).toBe(0);
      profiles = fs.readFileSync(path.join(config, 'profiles.json'), 'utf8');
    });
    afterAll(async () => {
      await trap.close();
      await t.close();
      fs.rmSync(config, { recursive: true, force: true });
    });

    it('webhooks create with the webhook address as --url (its old spelling) sends nothing there and creates nothing', async () => {
      const before = trap.received.length;
      const run = await runCli(['webhooks', 'create', assemblyId, 'post-recovery', '--url', trap.url('/x')], envOf());
      expect(trap.carrying(ADMIN_TOKEN)).toEqual([]);
      expect(trap.received.length).toBe(before);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^lifeboat: --url .* is not the server the token is for/);
      expect(run.stderr).toContain('--target-url');
      expect((await t.request({ method: 'GET', url: `${t.P}/aws/cloud-assemblies/${assemblyId}/webhooks` })).json()).toEqual([]);
    });

    it('webhooks take their address as --target-url and their timeout as --delivery-timeout; the API call goes to the server', async () => {
      const env = envOf();
      const created = await runCli(['webhooks', 'create', assemblyId, 'post-recovery', '--target-url', trap.url('/x'), '--delivery-timeout', '30', '--retry-attempts', '5', '-o', 'json'], env);
      expect(created.code, created.stderr).toBe(0);
      expect(json(created)).toMatchObject({ webhookType: 'post-recovery', url: trap.url('/x'), timeout: 30, retryAttempts: 5 });
      const updated = await runCli(['webhooks', 'update', assemblyId, 'post-recovery', '--target-url', trap.url('/y'), '-o', 'json'], env);
      expect(updated.code, updated.stderr).toBe(0);
      expect(json(updated).url).toBe(trap.url('/y'));
      expect(trap.carrying(ADMIN_TOKEN)).toEqual([]);
    });

    it('--url on the command line takes neither a profile\'s nor an exported token to another server; with its own --token it may', async () => {
      const [fromProfile, fromEnv, same, paired] = await Promise.all([
        runCli(['connections', 'list', '--url', trap.url()], { LIFEBOAT_CONFIG_DIR: config }),
        runCli(['connections', 'list', '--url', trap.url()], envOf()),
        runCli(['connections', 'list', '--url', `${server}/`, '-o', 'json'], { LIFEBOAT_CONFIG_DIR: config }),
        runCli(['connections', 'list', '--url', trap.url(), '--token', 'lb_the-trap-own-token', '--account', '1', '-o', 'json'], { LIFEBOAT_CONFIG_DIR: config }),
      ]);
      expect(fromProfile.code).toBe(2);
      expect(fromProfile.stderr).toContain('profile "default"');
      expect(fromEnv.code).toBe(2);
      expect(fromEnv.stderr).toContain('LIFEBOAT_URL');
      expect(same.code, same.stderr).toBe(0);
      expect(json(same)).toHaveLength(1);
      expect(paired.code, paired.stderr).toBe(0);
      expect(trap.carrying('lb_the-trap-own-token')).toHaveLength(1);
      expect(trap.carrying(ADMIN_TOKEN)).toEqual([]);
    });

    it('no command of the table, with every string option and URL argument pointing at another server, calls it', async () => {
      const codes: Record<string, number> = {};
      const trap = await startTrap();
      onTestFinished(() => trap.close());
      for (const command of COMMANDS) {
        // Each command starts from the logged-in profile (logout would otherwise leave the rest without one).
        fs.writeFileSync(path.join(config, 'profiles.json'), profiles, { mode: 0o600 });
        // An enum-typed argument gets a valid value: the CLI refuses any other before the call (exit 2).
        const args = (command.args ?? []).map((a) => (/url/i.test(a) ? trap.url('/connections/aws/connection-groups/x/template?v=1')
          : a === '<webhookType>' ? 'post-protection' : a === '<status>' ? 'enabled' : '1'));
        const strings = Object.entries({ ...command.options, ...(command.body ? BODY_OPTIONS : {}) })
          .filter(([, spec]) => spec.type === 'string').flatMap(([name]) => [`--${name}`, trap.url(`/${name}`)]);
        const name = command.words.join(' ');
        const run = await runInProcess([...command.words, ...args, ...strings], { LIFEBOAT_CONFIG_DIR: config, LIFEBOAT_DATA_DIR: config });
        codes[name] = run.code;
        expect(trap.received, `${name}: ${run.stderr}`).toEqual([]);
      }
      // Most of them got as far as the server (which refused the odd values): the sweep tested the dispatch.
      expect(Object.values(codes).filter((c) => c !== 2).length, JSON.stringify(codes)).toBeGreaterThan(COMMANDS.length / 2);
    });

    it('a server that answers 307 to another host: the client follows no redirect, so nothing reaches that host', async () => {
      const elsewhere = await startTrap();
      // Answers enough of the API for the CLI to reach /v3 (where the token also goes as X-Auth-Token), and
      // sends everything else to the other host.
      const redirector = await startTrap((p) => (p === '/api/v1/accounts/1' ? { status: 200, body: { id: 1, domainId: 'dom-1' } } : { status: 307, headers: { location: elsewhere.url(p) } }));
      try {
        const env = { LIFEBOAT_URL: redirector.url(), LIFEBOAT_TOKEN: ADMIN_TOKEN, LIFEBOAT_ACCOUNT: '1', LIFEBOAT_CONFIG_DIR: tempConfigDir() };
        const [native, v3] = await Promise.all([runCli(['connections', 'list'], env), runCli(['network', 'cloud-connections', 'list'], env)]);
        expect(redirector.received.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/v1/accounts/1/projects/default/aws/cloud-connections', expect.stringMatching(/^\/v3\//)]));
        expect(elsewhere.carrying(ADMIN_TOKEN)).toEqual([]);
        expect(elsewhere.received).toEqual([]);
        for (const run of [native, v3]) {
          expect(run.code).toBe(1);
          expect(run.stderr).toContain(`lifeboat: 307: the server redirected to ${elsewhere.url('/')}`);
        }
      } finally {
        await Promise.all([redirector.close(), elsewhere.close()]);
      }
    });

    it('sim deploy-stack takes the server from --url, LIFEBOAT_URL or the profile, never from the template URL', async () => {
      const template = trap.url('/connections/aws/connection-groups/x/template?v=1');
      const dataDir = tempConfigDir();
      fs.writeFileSync(path.join(dataDir, 'admin-token'), ADMIN_TOKEN);
      const none = await runCli(['sim', 'deploy-stack', template], { LIFEBOAT_CONFIG_DIR: tempConfigDir(), LIFEBOAT_DATA_DIR: dataDir });
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/^lifeboat: no server/);
      expect(trap.carrying(ADMIN_TOKEN)).toEqual([]);
    });
  });
}
