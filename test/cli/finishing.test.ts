// Issue 21: a CLI that finishes the job. Usage errors name options, partial lists say so, whoami says who,
// unreachable servers are named, --version and shell completion.
import { execFile } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { json, loggedInCli, runCli, type LoggedInCli } from './run-cli.ts';

const SERVICES = 'VPC,EC2,EBS,RDS,DynamoDB,S3,ELB,Lambda,SQS,SNS';
// The last dialect: PostgreSQL when LIFEBOAT_TEST_DATABASE_URL is set, SQLite otherwise.
const DIALECT = DIALECTS.at(-1)!;

/** A port nothing listens on (opened, then closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const bash = (script: string) => new Promise<string>((resolve, reject) => {
  execFile('bash', ['-c', script], (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)));
});

describe(`the lifeboat CLI finishes the job [${DIALECT}]`, () => {
  let session: LoggedInCli;
  const cli = (...args: string[]) => session.cli(...args);

  beforeAll(async () => {
    session = await loggedInCli(() => startTestApp(DIALECT));
  });
  afterAll(() => session.close());

  it('recover without --name names the option and exits 2', async () => {
    const created = json(await cli('connections', 'create', '--name', 'finish-aws', '--role-arn', 'arn:aws:iam::111111111111:role/LifeboatAccess', '--regions', 'us-east-1', '--services', SERVICES, '-o', 'json'));
    expect((await cli('connections', 'sync', String(created.id), '--wait')).code).toBe(0);
    const assembly = json(await cli('assemblies', 'create', '--name', 'finish-shop', '--connection', String(created.id), '--source-region', 'us-east-1', '--tag', 'app=shop', '-o', 'json'));
    const recover = await cli('recover', String(assembly.id));
    expect(recover.code).toBe(2);
    expect(recover.stderr).toMatch(/^lifeboat: --name is required$/m);
    expect(recover.stderr).not.toMatch(/recoveryName/);
  });

  it('a partial list says so on stderr; --all fetches every item', async () => {
    const all = await cli('connections', 'resources', '1', '--all', '-o', 'json');
    expect(all.code, all.stderr).toBe(0);
    const total = json(all).length;
    expect(total).toBeGreaterThan(5);
    expect(all.stderr).toBe('');
    const five = await cli('connections', 'resources', '1', '--limit', '5', '-o', 'json');
    expect(json(five)).toHaveLength(5);
    expect(five.stderr).toContain(`showing 1–5 of ${total} (--all for every one)`);
    const both = await cli('connections', 'resources', '1', '--all', '--limit', '5');
    expect(both.code).toBe(2);
  });

  it('whoami names the service account, its role and projects, and the account', async () => {
    const { t } = session;
    const res = await t.request({ method: 'POST', url: `/api/v1/accounts/${t.accountId}/service-accounts`, payload: { name: 'ci-viewer', role: 'viewer', projects: ['default'] } });
    expect(res.statusCode, res.body).toBe(201);
    const { id, token } = res.json();
    const viewer = await cli('whoami', '--token', token, '--url', session.url);
    expect(viewer.code, viewer.stderr).toBe(0);
    expect(viewer.stdout).toMatch(new RegExp(`^serviceAccount\\s+ci-viewer \\(id ${id}\\)$`, 'm'));
    expect(viewer.stdout).toMatch(/^role\s+viewer$/m);
    expect(viewer.stdout).toMatch(/^projects\s+default$/m);
    expect(viewer.stdout).toMatch(new RegExp(`^accountId\\s+${t.accountId}$`, 'm'));
    const admin = json(await cli('whoami', '-o', 'json'));
    expect(admin).toMatchObject({ role: 'admin, instance admin', projects: 'all', accountId: t.accountId, caller: { instanceAdmin: true } });
    expect(JSON.stringify(admin)).not.toContain(ADMIN_TOKEN);
  });

  it('an empty --token is named as such, and exits 2', async () => {
    const empty = await cli('connections', 'list', '--token', '', '--url', session.url);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^lifeboat: --token is empty$/m);
    expect(empty.stderr).not.toMatch(/no token for profile/);
    const login = await runCli(['login', '--url', session.url, '--token', ''], { LIFEBOAT_CONFIG_DIR: '/nonexistent-lifeboat-config' });
    expect(login.code).toBe(2);
    expect(login.stderr).toMatch(/^lifeboat: --token is empty$/m);
  });

  it('a server that refuses the connection is named with its URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await runCli(['connections', 'list'], { LIFEBOAT_URL: url, LIFEBOAT_TOKEN: 'lb_some-token-000000000000' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^lifeboat: cannot reach Lifeboat at ${url.replace(/\./g, '\\.')}: connection refused`, 'm'));
  });

  it('--version prints the version; completion bash completes commands and options from the command table', async () => {
    const version = await runCli(['--version'], {});
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^lifeboat \d+\.\d+\.\d+\n$/);

    const script = await runCli(['completion', 'bash'], {});
    expect(script.code, script.stderr).toBe(0);
    const complete = (...words: string[]) => bash(`${script.stdout}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _lifeboat; echo "\${COMPREPLY[*]}"`);
    expect((await complete('lifeboat', 'connections', 'l')).trim()).toBe('list');
    expect((await complete('lifeboat', 'connections', 'resources', '1', '--al')).trim()).toBe('--all');
    expect((await complete('lifeboat', 'recover', '1', '--dry')).trim()).toBe('--dry-run');
    expect((await complete('lifeboat', 'serve', '--no')).trim()).toBe('--no-worker');
    expect((await complete('lifeboat', 'comp')).trim()).toBe('completion');

    const zsh = await runCli(['completion', 'zsh'], {});
    expect(zsh.stdout).toMatch(/^#compdef lifeboat\n/);
    expect(zsh.stdout).toContain('complete -F _lifeboat lifeboat');
    const fish = await runCli(['completion', 'fish'], {});
    expect(fish.code).toBe(2);
  });
});
