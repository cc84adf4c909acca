/** Outcomes are written at most this long after they happen, even when few come in. */
const FLUSH_MS = 250;

/**
 * Collects per-resource outcomes of cloud calls and writes them a few at a time (one transaction each, not
 * one commit per resource). A process killed between a call and its write loses at most `every` outcomes,
 * plus those that came in while a write was under way: the idempotent cloud calls are redone for them.
 */
export function outcomeBuffer<T>(every: number, write: (items: T[]) => Promise<void>, afterWrite: () => Promise<void> = async () => undefined) {
  const items: T[] = [];
  let lastWrite = Date.now();
  async function flush(): Promise<void> {
    lastWrite = Date.now();
    const written = items.splice(0);
    if (written.length) await write(written);
    await afterWrite();
  }
  return {
    async add(item: T): Promise<void> {
      items.push(item);
      if (items.length >= every || Date.now() - lastWrite >= FLUSH_MS) await flush();
    },
    flush,
  };
}
