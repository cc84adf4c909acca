import { createPacer } from './pace.ts';

/**
 * Runs `work` over items with at most `limit` at once, giving the event loop a turn now and then (a long
 * run on SQLite's synchronous driver would otherwise starve the HTTP server). `stop` is checked before
 * each item: the lanes finish their current item and take no more.
 */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const pace = createPacer();
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length && !stop()) {
      await work(items[next++]!);
      await pace();
    }
  });
  await Promise.all(lanes);
}
