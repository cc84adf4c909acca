// What a command runs with: where to print, in which format, and (on first use) a session: the typed
// client bound to the server and token, and the account and project it acts in.
import { createLifeboatClient, ok, type LifeboatClient } from '../client/client.ts';
import { cliFetch } from './ca-file.ts';
import { UsageError } from './exit-codes.ts';
import type { OptionValues } from './command.ts';
import { render, type Format, type View } from './output.ts';
import { readProfiles, type Profile } from './profiles.ts';
import { refreshingFetch } from './sso-login.ts';
import { chooseServer } from './server.ts';

export interface Io {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
}

export interface Session {
  readonly client: LifeboatClient;
  readonly url: string;
  readonly accountId: number;
  readonly projectId: string;
  /** { accountId, projectId }: the path parameters of everything under a project. */
  readonly project: { accountId: number; projectId: string };
  /** The account's domain id, the {domain_id} of the /v3 surface. */
  domainId(): Promise<string>;
}

export interface Context {
  readonly io: Io;
  readonly format: Format;
  /** The profile's name: --profile, LIFEBOAT_PROFILE, else the current one. */
  readonly profileName: string;
  print(data: unknown, view?: View): void;
  /** A line for the person at the terminal (stderr, so that stdout stays the answer). */
  note(text: string): void;
  session(): Promise<Session>;
  /** The server commands talk to (for messages: "cannot reach Lifeboat at …"), if one is set. */
  serverUrl(): string | undefined;
}

const ACCOUNT_ID = /^[1-9][0-9]{0,15}$/;

export function createContext(io: Io, options: OptionValues, format: Format): Context {
  const profiles = readProfiles(io.env);
  const profileName = (options.profile as string | undefined) ?? io.env.LIFEBOAT_PROFILE ?? profiles.current;
  const profile: Partial<Profile> = profiles.profiles[profileName] ?? {};
  let session: Promise<Session> | undefined;

  async function open(): Promise<Session> {
    const { url, token } = chooseServer(options, io.env, profile, profileName);
    if (options.token === '') throw new UsageError('--token is empty', 'give the token itself (--token "$(cat data/admin-token)"), or leave --token out to use LIFEBOAT_TOKEN or the profile\'s');
    if (url && !token && io.env.LIFEBOAT_TOKEN === '') throw new UsageError('LIFEBOAT_TOKEN is empty and the profile has no token', 'set LIFEBOAT_TOKEN to a token, or run lifeboat login');
    if (!url || !token) {
      throw new UsageError(`no ${url ? 'token' : 'server'} for profile "${profileName}"`, 'run lifeboat login --url <url> --token <token>, or set LIFEBOAT_URL and LIFEBOAT_TOKEN');
    }
    const fetchImpl = cliFetch(options, io.env);
    // A profile's SSO session renews itself when its idle time ran out (only with the profile's own token).
    const refreshing = profile.refreshToken && token === profile.token && url === profile.url
      ? refreshingFetch(fetchImpl, { url: url.replace(/\/+$/, ''), env: io.env, profileName, refreshToken: profile.refreshToken })
      : fetchImpl;
    const client = createLifeboatClient({ baseUrl: url, token, fetch: refreshing });
    // The /v3 surface authenticates a service-account token by X-Auth-Token, not a bearer token.
    client.use({
      onRequest({ request }) {
        if (new URL(request.url).pathname.startsWith('/v3/')) request.headers.set('x-auth-token', token);
        return request;
      },
    });
    const accountOption = (options.account as string | undefined) ?? io.env.LIFEBOAT_ACCOUNT;
    if (accountOption !== undefined && !ACCOUNT_ID.test(accountOption)) throw new UsageError(`--account must be an account id, not "${accountOption}"`);
    const accountId = accountOption ? Number(accountOption) : profile.account ?? (await ownAccount(client));
    const projectId = (options.project as string | undefined) ?? io.env.LIFEBOAT_PROJECT ?? profile.project ?? 'default';
    let domain: Promise<string> | undefined;
    return {
      client, url, accountId, projectId, project: { accountId, projectId },
      domainId: () => (domain ??= ok(client.GET('/api/v1/accounts/{accountId}', { params: { path: { accountId } } })).then((a) => a.domainId)),
    };
  }

  return {
    io, format, profileName,
    print(data, view) {
      // Piped output is not narrowed: a script or grep wants whole ids.
      io.stdout.write(render(data, format, view, (io.stdout.isTTY ? io.stdout.columns : undefined) || Number(io.env.COLUMNS) || Infinity));
    },
    note(text) {
      io.stderr.write(`${text}\n`);
    },
    session: () => (session ??= open()),
    serverUrl() {
      try {
        return chooseServer(options, io.env, profile, profileName).url?.replace(/\/+$/, '');
      } catch {
        return undefined;
      }
    },
  };
}

/** The token's own account: a service account sees one; the instance admin sees all and gets the first. */
export async function ownAccount(client: LifeboatClient): Promise<number> {
  const accounts = await ok(client.GET('/api/v1/accounts'));
  const first = [...accounts].sort((a, b) => a.id - b.id)[0];
  if (!first) throw new UsageError('the token sees no account', 'pass --account <id>');
  return first.id;
}
