// login, logout, profiles and whoami: the profile file (profiles.ts) and checking a token against the server.
import fs from 'node:fs';
import { createLifeboatClient, ok } from '../../client/client.ts';
import { cliFetch } from '../ca-file.ts';
import type { Command } from '../command.ts';
import { ownAccount } from '../context.ts';
import { UsageError } from '../exit-codes.ts';
import { intId, str } from '../input.ts';
import { col } from '../output.ts';
import { PROFILE_NAME, readProfiles, updateProfiles } from '../profiles.ts';
import { chooseServer, originOf } from '../server.ts';
import { deviceLogin } from '../sso-login.ts';
import type { Context } from '../context.ts';
import type { OptionValues } from '../command.ts';

/** login --sso: the device flow, then the session token and its refresh token saved like a token (0600). */
async function ssoLogin(context: Context, options: OptionValues): Promise<void> {
  const { env } = context.io;
  if (options.token !== undefined) throw new UsageError('--sso and --token do not go together', 'sign in with one or the other');
  const url = ((options.url as string | undefined) ?? env.LIFEBOAT_URL)?.replace(/\/+$/, '');
  if (!url) throw new UsageError('login --sso needs --url <server>');
  originOf(url, '--url');
  if (!PROFILE_NAME.test(context.profileName)) throw new UsageError(`a profile name is letters, digits, . _ -, not "${context.profileName}"`);
  const issued = await deviceLogin(url, cliFetch(options, env), (text) => context.note(text));
  const account = issued.session.accountId;
  const project = str(options, 'project') ?? 'default';
  const path = updateProfiles(env, (file) => ({
    current: context.profileName, profiles: { ...file.profiles, [context.profileName]: { url, token: issued.token, refreshToken: issued.refreshToken, account, project } },
  }));
  const who = issued.session.email ?? issued.session.name ?? issued.session.subject;
  context.note(`Signed in to ${url} as ${who} (${issued.session.role}, account ${account}, project ${project}); profile "${context.profileName}" saved in ${path}`);
}

export const authCommands: Command[] = [
  {
    words: ['login'],
    summary: 'Check a server URL and token and save them in a profile (mode 0600)',
    details: `The token is checked with GET /api/v1/accounts; the account it acts in (--account, else the token's own)
and the project (--project, else default) are saved with it. --token - reads the token from stdin.
Profiles live in $LIFEBOAT_CONFIG_DIR, else $XDG_CONFIG_HOME/lifeboat, else ~/.config/lifeboat (profiles.json).
The profile logged in to becomes the current one.`,
    example: 'lifeboat login --url http://127.0.0.1:8080 --token "$(cat data/admin-token)"\nlifeboat login --profile staging --url https://lifeboat.example.com --token - < token.txt\nlifeboat login --sso --url https://lifeboat.example.com',
    options: { sso: { type: 'boolean', description: 'sign in as yourself through the identity provider (device code flow): prints a code and a URL, waits, and saves a renewable session instead of a token' } },
    async run(context, { options }) {
      const { env } = context.io;
      if (options.sso) return ssoLogin(context, options);
      // No profile here: login writes one. An exported token goes only to LIFEBOAT_URL's server.
      const chosen = chooseServer(options, env, {}, context.profileName);
      const url = chosen.url?.replace(/\/+$/, '');
      let token = chosen.token;
      if (token === '-') token = fs.readFileSync(0, 'utf8').trim();
      if (!url) throw new UsageError('login needs --url <server>');
      if (token === '') throw new UsageError('--token is empty', 'give the token itself: --token "$(cat data/admin-token)", or --token - to read it from stdin');
      if (!token) throw new UsageError('login needs --token <token> (or --token - to read it from stdin)');
      originOf(url, '--url');
      if (!PROFILE_NAME.test(context.profileName)) throw new UsageError(`a profile name is letters, digits, . _ -, not "${context.profileName}"`);
      const client = createLifeboatClient({ baseUrl: url, token, fetch: cliFetch(options, env) });
      const account = str(options, 'account') !== undefined ? intId(str(options, 'account'), '--account') : await ownAccount(client);
      await ok(client.GET('/api/v1/accounts/{accountId}', { params: { path: { accountId: account } } }));
      const project = str(options, 'project') ?? 'default';
      const path = updateProfiles(env, (file) => ({ current: context.profileName, profiles: { ...file.profiles, [context.profileName]: { url, token, account, project } } }));
      context.note(`Logged in to ${url} (account ${account}, project ${project}); profile "${context.profileName}" saved in ${path}`);
    },
  },
  {
    words: ['logout'],
    summary: 'Forget a profile (the current one, or --profile)',
    example: 'lifeboat logout --profile staging',
    async run(context) {
      updateProfiles(context.io.env, (file) => {
        if (!file.profiles[context.profileName]) throw new UsageError(`there is no profile "${context.profileName}"`);
        const { [context.profileName]: _gone, ...profiles } = file.profiles;
        return { current: file.current === context.profileName ? Object.keys(profiles)[0] ?? 'default' : file.current, profiles };
      });
      context.note(`Profile "${context.profileName}" removed`);
    },
  },
  {
    words: ['profiles', 'list'],
    summary: 'The saved profiles (never their tokens)',
    example: 'lifeboat profiles list',
    async run(context) {
      const file = readProfiles(context.io.env);
      const rows = Object.entries(file.profiles).map(([name, p]) => ({ name, current: name === file.current, url: p.url, account: p.account ?? null, project: p.project ?? 'default' }));
      context.print(rows, { columns: [col('name'), col('current'), col('url'), col('account'), col('project')] });
    },
  },
  {
    words: ['profiles', 'use'],
    summary: 'Make a profile the current one',
    args: ['<name>'],
    example: 'lifeboat profiles use staging',
    async run(context, { args }) {
      updateProfiles(context.io.env, (file) => {
        if (!file.profiles[args[0]!]) throw new UsageError(`there is no profile "${args[0]}"`, 'lifeboat profiles list');
        return { ...file, current: args[0]! };
      });
      context.note(`Profile "${args[0]}" is now the current one`);
    },
  },
  {
    words: ['whoami'],
    summary: 'Who the token is (service account, role, account, projects) and where commands act (server, account, project)',
    example: 'lifeboat whoami --project staging -o json',
    async run(context) {
      const session = await context.session();
      const [caller, account] = await Promise.all([
        ok(session.client.GET('/api/v1/whoami')),
        ok(session.client.GET('/api/v1/accounts/{accountId}', { params: { path: { accountId: session.accountId } } })),
      ]);
      context.print({
        profile: context.profileName, url: session.url,
        // No service account and no instance admin: a person signed in with --sso (their name and email).
        serviceAccount: caller.serviceAccountId === null ? (caller.instanceAdmin ? 'instance admin (LIFEBOAT_ADMIN_TOKEN)' : `${caller.name} (single sign-on)`) : `${caller.name} (id ${caller.serviceAccountId})`,
        role: caller.instanceAdmin ? `${caller.role}, instance admin` : caller.role,
        projects: caller.projects ?? 'all',
        accountId: session.accountId, accountName: account.name, domainId: account.domainId, projectId: session.projectId,
        caller,
      }, { fields: ['profile', 'url', 'serviceAccount', 'role', 'projects', 'accountId', 'accountName', 'domainId', 'projectId'] });
    },
  },
];
