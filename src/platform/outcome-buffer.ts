/** Outcomes are written at most this long after they happen, even when few come in. */
const FLUSH_MS = 250;

/**
 * Collects per-resource outcomes of cloud calls and writes them a few at a time (one transaction each, not
 * one commit per resource). Writes run one at a time, and an add that fills the buffer waits for the write under
 * way before starting its own: so a process killed between a call and its write loses at most the batch being
 * written plus one outcome per caller (`every` each when the callers are `every` lanes), and the idempotent cloud
 * calls are redone for them. Before, an add did not wait, and outcomes kept piling up while a slow write (a
 * commit waiting on PostgreSQL's disk) was under way, beyond the bound test/fault/protection-kill.test.ts holds.
 */
export function outcomeBuffer<T>(every: number, write: (items: T[]) => Promise<void>, afterWrite: () => Promise<void> = async () => undefined) {
  const items: T[] = [];
  let lastWrite = Date.now();
  let writing: Promise<void> | undefined;
  async function flush(): Promise<void> {
    while (writing) await writing;
    lastWrite = Date.now();
    const written = items.splice(0);
    const run = (async () => {
      if (written.length) await write(written);
      await afterWrite();
    })();
    const settled: Promise<void> = run.then(() => undefined, () => undefined).then(() => {
      if (writing === settled) writing = undefined;
    });
    writing = settled;
    await run;
  }
  return {
    async add(item: T): Promise<void> {
      items.push(item);
      if (items.length >= every || Date.now() - lastWrite >= FLUSH_MS) await flush();
    },
    flush,
  };
}
