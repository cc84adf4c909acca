/** The compiled entry point's URL under `root` (a file: URL ending in /), or undefined when it is missing or stale. */
export function compiledEntry(root: URL): string | undefined;
