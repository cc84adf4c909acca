// Where `lifeboat login` keeps servers and tokens: one JSON file of named profiles, mode 0600 in a 0700
// folder, since it holds bearer tokens. Environment variables override what a profile says, so scripts
// and CI need no file at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Profile {
  readonly url: string;
  readonly token: string;
  /** A single sign-on session's refresh token (`lifeboat login --sso`): renews `token` after the idle expiry. */
  readonly refreshToken?: string;
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

const LOCK_WAIT_MS = 5000;
/** A lock older than this was left by a process that died holding it. */
const LOCK_STALE_MS = 10_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Read-modify-write of the profile file under a lock file (created exclusively), so two `lifeboat login`s at
 * once both keep their profile instead of the last writer dropping the other's. Returns the file's path.
 */
export function updateProfiles(env: NodeJS.ProcessEnv, change: (file: ProfileFile) => ProfileFile): string {
  fs.mkdirSync(configDir(env), { recursive: true, mode: 0o700 });
  const lock = `${profilesPath(env)}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx', 0o600));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) fs.rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} is held by another lifeboat command; try again (or delete it if none is running)`);
      else sleepSync(20);
    }
  }
  try {
    return writeProfiles(env, change(readProfiles(env)));
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
