import fs from 'node:fs';

/**
 * The data directory holds the SQLite database, the master key and the admin token: it is the owner's alone.
 * A missing one is created 0700 (the mode is set again after mkdir: mkdir's is filtered by the umask).
 */
export function makeDataDir(dir: string): void {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/**
 * Creates `file` empty with mode 0600 if it is missing, or tightens it to 0600 if an older version left it
 * readable by others: only Lifeboat's own files are passed here.
 */
export function ownerOnlyFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  tightenFile(file);
}

/** Tightens an existing file of Lifeboat's to 0600; a missing one is left missing. */
export function tightenFile(file: string): void {
  let mode: number;
  try {
    mode = fs.statSync(file).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
}

/** A warning when an existing data directory can be read or entered by group or others (it is left as it is:
 * the operator may have made it so on purpose), else undefined. */
export function dataDirWarning(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const mode = fs.statSync(dir).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  return `the data directory ${dir} is mode 0${mode.toString(8)}, readable by other users; it holds the database and the keys: chmod 700 it`;
}
