// Whether the compiled server (dist/server, built by scripts/build-server.mjs) may run: it exists and every
// source file it was built from still has the size and mtime it had then. Used by bin/lifeboat.js and by the
// test suite's global set-up (which builds it when this says no).
import fs from 'node:fs';

/** The compiled entry point's URL under `root` (a file: URL ending in /), or undefined when it is missing or stale. */
export function compiledEntry(root) {
  let info;
  try {
    info = JSON.parse(fs.readFileSync(new URL('dist/server/build-info.json', root), 'utf8'));
  } catch {
    return undefined;
  }
  for (const [file, [size, mtimeMs]] of Object.entries(info.sources ?? {})) {
    let stat;
    try {
      stat = fs.statSync(new URL(file, root));
    } catch {
      return undefined;
    }
    if (stat.size !== size || stat.mtimeMs !== mtimeMs) return undefined;
  }
  return new URL('dist/server/main.js', root).href;
}
