// `lifeboat login --sso`: the real CLI binary runs the device authorization grant (RFC 8628) against a real
// provider through Lifeboat; the person confirms the code in a (scripted) browser; the CLI saves a renewable
// session in its 0600 profile, renews it after the idle expiry, and loses it on revocation.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN } from '../helpers/app.ts';
import { HttpBrowser, startSsoTestbed, type SsoTestbed } from '../helpers/oidc.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { cleanEnv, runCli, tempConfigDir } from '../cli/run-cli.ts';

const BIN = new URL('../../bin/lifeboat.js', import.meta.url).pathname;

/** Runs `lifeboat login --sso`, signs `login` in at the URL it prints, and resolves with how it ended. */
async function ssoLogin(bed: SsoTestbed, configDir: string, login: string): Promise<{ code: number; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'login', '--sso', '--url', bed.baseUrl], { env: cleanEnv({ LIFEBOAT_CONFIG_DIR: configDir }) });
  let stderr = '';
  let browsing: Promise<unknown> | undefined;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    const url = /open (http\S+)/.exec(stderr)?.[1];
    if (url && !browsing) browsing = new HttpBrowser().signIn(url, login, (_url, res) => res.status === 200 && /\/device\/[^/?]+$/.test(res.url));
  });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
  await browsing;
  return { code, stderr };
}

for (const dialect of DIALECTS) {
  describe(`lifeboat login --sso [${dialect}]`, () => {
    let bed: SsoTestbed;
    let accountApi: string;
    beforeAll(async () => {
      bed = await startSsoTestbed(dialect);
      accountApi = `${bed.baseUrl}/api/v1/accounts/${bed.t.accountId}`;
    }, 30_000);
    afterAll(() => bed.close());

    it('prints the code and URL, waits, and saves a renewable session in the 0600 profile; it renews after the idle expiry and dies on revocation', async () => {
      const dir = tempConfigDir();
      const login = await ssoLogin(bed, dir, 'oscar');
      expect(login.code, login.stderr).toBe(0);
      expect(login.stderr).toMatch(/shows the code [A-Z0-9-]+/);
      expect(login.stderr).toContain('Signed in to');
      expect(login.stderr).toContain('oscar@example.com (operator');
      const file = path.join(dir, 'profiles.json');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const profile = (JSON.parse(fs.readFileSync(file, 'utf8')) as { profiles: Record<string, { token: string; refreshToken: string; account: number }> }).profiles.default!;
      expect(profile.token).toMatch(/^lbs_/);
      expect(profile.refreshToken).toMatch(/^lbr_/);
      expect(profile.account).toBe(bed.t.accountId);

      const env = { LIFEBOAT_CONFIG_DIR: dir };
      const whoami = await runCli(['whoami', '-o', 'json'], env);
      expect(whoami.code, whoami.stderr).toBe(0);
      expect(JSON.parse(whoami.stdout)).toMatchObject({ role: 'operator', serviceAccount: 'Oscar Operator <oscar@example.com> (single sign-on)' });
      const sessions = (await (await fetch(`${accountApi}/sessions?subject=oscar`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as Array<{ kind: string }>;
      expect(sessions.map((s) => s.kind)).toEqual(['cli']);

      // Idle for longer than the idle expiry: the CLI renews its session by itself and the command works.
      const start = bed.clock;
      try {
        bed.clock += 61 * 60_000;
        const renewed = await runCli(['whoami', '-o', 'json'], env);
        expect(renewed.code, renewed.stderr).toBe(0);
        const after = (JSON.parse(fs.readFileSync(file, 'utf8')) as { profiles: Record<string, { token: string; refreshToken: string }> }).profiles.default!;
        expect(after.token).not.toBe(profile.token);
        expect(after.refreshToken).not.toBe(profile.refreshToken);
        expect((await fetch(`${accountApi}/projects`, { headers: { authorization: `Bearer ${profile.token}` } })).status).toBe(401); // the old token is gone

        // An admin revokes the person: the CLI is out at once, and renewing is refused too.
        const revoke = await fetch(`${accountApi}/sessions?subject=oscar`, { method: 'DELETE', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
        expect(revoke.status).toBe(200);
        const refused = await runCli(['whoami'], env);
        expect(refused.code).not.toBe(0);
        expect(refused.stderr).toMatch(/session has ended/);
      } finally {
        bed.clock = start;
      }
    }, 60_000);

    it('refuses a person no role maps to, and opens no session for them', async () => {
      const dir = tempConfigDir();
      const login = await ssoLogin(bed, dir, 'nobody');
      expect(login.code).not.toBe(0);
      expect(login.stderr).toMatch(/none of their groups \(marketing\) maps to a role/);
      expect(fs.existsSync(path.join(dir, 'profiles.json'))).toBe(false);
      expect(await (await fetch(`${accountApi}/sessions?subject=nobody`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()).toEqual([]);
    }, 60_000);
  });
}
