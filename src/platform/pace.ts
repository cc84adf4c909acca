import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A long job loop on SQLite never gives the event loop a turn by itself: better-sqlite3 answers
 * synchronously, so every await resolves as a microtask, and HTTP requests, heartbeats and timers wait
 * for the whole job (measured: one status poll held 48 s by a 100,000-resource protection). Awaiting the
 * pacer in such a loop yields a macrotask whenever `everyMs` have passed since the last one.
 */
export function createPacer(everyMs = 20): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < everyMs) return;
    await nextTurn();
    last = Date.now();
  };
}
