// Where `lifeboat login` keeps servers and tokens: one JSON file of named profiles, mode 0600 in a 0700
// folder, since it holds bearer tokens. Environment variables override what a profile says, so scripts
// and CI need no file at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Profile {
  readonly url: string;
  readonly token: string;
  /** The account commands act in; found with GET /api/v1/accounts at login. */
  readonly account?: number;
  readonly project?: string;
}

export interface ProfileFile {
  /** The profile used when neither --profile nor LIFEBOAT_PROFILE names one. */
  readonly current: string;
  readonly profiles: Readonly<Record<string, Profile>>;
}

export const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** $LIFEBOAT_CONFIG_DIR, else $XDG_CONFIG_HOME/lifeboat, else ~/.config/lifeboat. */
export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.LIFEBOAT_CONFIG_DIR) return path.resolve(env.LIFEBOAT_CONFIG_DIR);
  if (env.XDG_CONFIG_HOME) return path.join(path.resolve(env.XDG_CONFIG_HOME), 'lifeboat');
  return path.join(os.homedir(), '.config', 'lifeboat');
}

export const profilesPath = (env: NodeJS.ProcessEnv) => path.join(configDir(env), 'profiles.json');

export function readProfiles(env: NodeJS.ProcessEnv): ProfileFile {
  const file = profilesPath(env);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { current: 'default', profiles: {} };
  }
  try {
    const parsed = JSON.parse(text) as ProfileFile;
    return { current: parsed.current ?? 'default', profiles: parsed.profiles ?? {} };
  } catch {
    throw new Error(`${file} is not valid JSON: fix it or delete it and log in again`);
  }
}

/** Writes the whole file atomically (a temporary file renamed over it), created with mode 0600. */
export function writeProfiles(env: NodeJS.ProcessEnv, contents: ProfileFile): string {
  const dir = configDir(env);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = profilesPath(env);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(contents, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
  return file;
}
