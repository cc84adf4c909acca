// Which server a command talks to and with which token, and the rule that keeps a token at home: a token
// that came with a server (a profile saved by login, or LIFEBOAT_URL beside LIFEBOAT_TOKEN) is sent to that
// server's origin only. --url on the command line may name another server only together with its own
// --token: an old script's `webhooks create … --url https://hooks.example/x` (before the webhook's address
// became --target-url), or any command option read by mistake as the server, then stops with a usage error
// instead of handing the token to whoever runs that host.
import type { OptionValues } from './command.ts';
import { UsageError } from './exit-codes.ts';
import type { Profile } from './profiles.ts';

export interface ServerChoice {
  readonly url?: string;
  readonly token?: string;
}

interface TokenSource {
  readonly token?: string;
  /** The server the token was given with, and where it was given. */
  readonly home?: { readonly url: string; readonly from: string };
}

/** A URL's origin, or a usage error naming the option it came from. */
export function originOf(url: string, what: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
  } catch {
    // the message below
  }
  throw new UsageError(`${what} must be a URL like http://127.0.0.1:8080, not "${url}"`);
}

/**
 * The server (--url, else LIFEBOAT_URL, else the profile's) and the token (--token, else LIFEBOAT_TOKEN,
 * else `fallbackToken`, else the profile's). Refuses a --url whose origin is not the token's own server.
 */
export function chooseServer(options: OptionValues, env: NodeJS.ProcessEnv, profile: Partial<Profile>, profileName: string, fallbackToken?: () => string | undefined): ServerChoice {
  const flagUrl = options.url as string | undefined;
  const url = flagUrl ?? env.LIFEBOAT_URL ?? profile.url;
  const source = tokenSource(options, env, profile, profileName, fallbackToken);
  if (flagUrl !== undefined && source.home && originOf(flagUrl, '--url') !== originOf(source.home.url, source.home.from)) {
    throw new UsageError(
      `--url ${flagUrl} is not the server the token is for (${source.home.from}: ${source.home.url})`,
      '--url always names the Lifeboat server (a webhook\'s address is --target-url); to use another server, give its --token too',
    );
  }
  return { url, token: source.token };
}

function tokenSource(options: OptionValues, env: NodeJS.ProcessEnv, profile: Partial<Profile>, profileName: string, fallbackToken?: () => string | undefined): TokenSource {
  if (options.token !== undefined) return { token: options.token as string };
  if (env.LIFEBOAT_TOKEN) return { token: env.LIFEBOAT_TOKEN, home: env.LIFEBOAT_URL ? { url: env.LIFEBOAT_URL, from: 'LIFEBOAT_URL' } : undefined };
  const fallback = fallbackToken?.();
  if (fallback) return { token: fallback };
  return { token: profile.token, home: profile.url ? { url: profile.url, from: `profile "${profileName}"` } : undefined };
}
