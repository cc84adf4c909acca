import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../helpers/app.ts';
import { json, runCli, tempConfigDir } from './run-cli.ts';

const ROLE = 'arn:aws:iam::111111111111:role/LifeboatAccess';
const NO_STACK = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('the lifeboat CLI: login, profiles, env overrides, output formats, errors', () => {
  let t: TestApp;
  let url: string;
  let config: string;
  const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { LIFEBOAT_CONFIG_DIR: config, ...env });

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    await t.app.http.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(t.app.http.server.address() as AddressInfo).port}`;
    config = tempConfigDir();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(config, { recursive: true, force: true });
  });

  it('login checks the token, writes a 0600 profile, and later commands use it', async () => {
    const refused = await cli(['login', '--url', url, '--token', 'not-a-token']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/401/);
    expect(fs.existsSync(path.join(config, 'profiles.json'))).toBe(false);

    const login = await cli(['login', '--url', url, '--token', ADMIN_TOKEN]);
    expect(login.code, login.stderr).toBe(0);
    const file = path.join(config, 'profiles.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ current: 'default', profiles: { default: { url, token: ADMIN_TOKEN, account: t.accountId, project: 'default' } } });

    const created = await cli(['connections', 'create', '--name', 'prod-aws', '--role-arn', ROLE, '--regions', 'us-east-1,us-west-2', '--services', 'VPC,EC2,EBS', '-o', 'json']);
    expect(created.code, created.stderr).toBe(0);
    expect(json(created)).toMatchObject({ name: 'prod-aws', accountId: t.accountId, projectId: 'default', connectivityStatus: 'pending' });
    expect(created.stdout).not.toContain(ADMIN_TOKEN);
  });

  it('prints the API objects as they are in json and yaml, and a table with a header row', async () => {
    const [asJson, asYaml, asTable, bad] = await Promise.all([
      cli(['connections', 'list', '-o', 'json']), cli(['connections', 'list', '--output', 'yaml']), cli(['connections', 'list']), cli(['connections', 'list', '-o', 'xml']),
    ]);
    const api = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json();
    expect(json(asJson).map((c: any) => c.id)).toEqual(api.map((c: any) => c.id));
    expect(Object.keys(json(asJson)[0]).sort()).toEqual(Object.keys(api[0]).sort());
    expect(YAML.parse(asYaml.stdout)[0]).toMatchObject({ id: api[0].id, name: 'prod-aws' });
    expect(asTable.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+STATUS\s+CONNECTIVITY/);
    expect(asTable.stdout).toMatch(/\n1\s+prod-aws\s+enabled/);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--output must be table, json or yaml');
  });

  it('LIFEBOAT_URL, LIFEBOAT_TOKEN and LIFEBOAT_PROJECT override the profile; named profiles; a service-account token on /v3', async () => {
    const [badToken, unreachable, project] = await Promise.all([
      cli(['connections', 'list'], { LIFEBOAT_TOKEN: 'lb_wrong-token-000000000000' }),
      cli(['connections', 'list'], { LIFEBOAT_URL: 'http://127.0.0.1:1' }),
      cli(['whoami', '-o', 'json'], { LIFEBOAT_PROJECT: 'staging' }),
    ]);
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toMatch(/^lifeboat: 401/);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^lifeboat: cannot reach Lifeboat at http:\/\/127\.0\.0\.1:1: /m);
    expect(json(project)).toMatchObject({ url, accountId: t.accountId, projectId: 'staging', profile: 'default' });

    const operator = json(await cli(['service-accounts', 'create', '--name', 'ci-operator', '--role', 'operator', '-o', 'json']));
    const viewer = json(await cli(['service-accounts', 'create', '--name', 'ci-viewer', '--role', 'viewer', '-o', 'json']));
    expect(operator.token).toMatch(/^lb_/);
    const [loginOp, loginViewer] = await Promise.all([
      cli(['login', '--profile', 'ops', '--url', url, '--token', operator.token]),
      cli(['login', '--profile', 'ro', '--url', url, '--token', viewer.token]),
    ]);
    expect(loginOp.code, loginOp.stderr).toBe(0);
    expect(loginViewer.code, loginViewer.stderr).toBe(0);
    // Two logins at once both keep their profile (the file is updated under a lock); the last one is current.
    const profiles = json(await cli(['profiles', 'list', '-o', 'json']));
    expect(profiles.map((p: any) => p.name).sort()).toEqual(['default', 'ops', 'ro']);
    expect(profiles.filter((p: any) => p.current).map((p: any) => p.name)).toHaveLength(1);
    expect((await cli(['profiles', 'use', 'default'])).code).toBe(0);
    expect(JSON.stringify(profiles)).not.toContain(operator.token);

    // The viewer may read but not write; the 403 names the permission.
    const [viewerList, viewerWrite, network] = await Promise.all([
      cli(['connections', 'list', '-o', 'json', '--profile', 'ro']),
      cli(['connections', 'verify', '1', '--profile', 'ro']),
      cli(['network', 'cloud-connections', 'create', '--name', 'backbone', '--tag', 'env=prod', '-o', 'json'], { LIFEBOAT_PROFILE: 'ops' }),
    ]);
    expect(json(viewerList)).toHaveLength(1);
    expect(viewerWrite.code).toBe(1);
    expect(viewerWrite.stderr).toMatch(/403/);
    expect(viewerWrite.stderr).toMatch(/required permissions: .*cloud-connections/);
    expect(network.code, network.stderr).toBe(0);
    expect(json(network).cloud_connection).toMatchObject({ name: 'backbone', tags: [{ key: 'env', value: 'prod' }] });
    const listed = json(await cli(['network', 'cloud-connections', 'list', '-o', 'json', '--profile', 'ro']));
    expect(listed.cloud_connections.map((c: any) => c.name)).toEqual(['backbone']);
  });

  it('a 400 on a body built from options names the options and exits 2; with --body it names the fields and exits 1; never a stack trace', async () => {
    const before = (await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json().length;
    const bad = await cli(['connections', 'create', '--name', '1bad', '--role-arn', ROLE, '--regions', 'mars-1', '--services', 'EC2']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^lifeboat: --name: must match/m);
    expect(bad.stderr).toMatch(/^lifeboat: --regions mars-1: must be one of .*us-east-1/m);
    expect(bad.stderr).not.toMatch(/operationalRegions/);
    expect(bad.stderr).not.toMatch(NO_STACK);
    const fromBody = await cli(['connections', 'create', '--body', JSON.stringify({ name: 'from-body', accessMethod: { type: 'iam-role', roleArn: ROLE }, operationalRegions: ['mars-1'] }), '--services', 'FOO']);
    expect(fromBody.code).toBe(1);
    expect(fromBody.stderr).toMatch(/^lifeboat: 400 VALIDATION_FAILED: /);
    expect(fromBody.stderr).toMatch(/^ {2}operationalRegions\.0: must be one of/m);
    expect(fromBody.stderr).toMatch(/^ {2}--services FOO: must be one of EC2, .* \(services\.0\)$/m);
    expect((await t.request({ method: 'GET', url: `${t.P}/aws/cloud-connections` })).json()).toHaveLength(before);

    const [body, missing, unknownOption, unknownCommand, notFound] = await Promise.all([
      cli(['connections', 'create', '--body', '{not json']),
      cli(['protect']),
      cli(['connections', 'list', '--bogus']),
      cli(['connections', 'lisst']),
      cli(['connections', 'show', '999']),
    ]);
    for (const usage of [body, missing, unknownOption, unknownCommand]) {
      expect(usage.code, usage.stderr).toBe(2);
      expect(usage.stderr).toMatch(/^lifeboat: /);
      expect(usage.stderr).not.toMatch(NO_STACK);
    }
    expect(unknownCommand.stderr).toContain('Usage: lifeboat connections <command>');
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toMatch(/^lifeboat: 404/);
  });
});
