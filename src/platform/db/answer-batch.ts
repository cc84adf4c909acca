/** A caller waiting on a batched statement: its item, and how it is answered. */
export interface BatchWaiter<I, O> {
  readonly item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/**
 * Runs the waiters' items in one call and answers each with its result. If the call fails, each item is run on its
 * own, in the order they were asked, so the one that broke the batch gets its own error and the others their answers
 * (of two requests for one key, the first is the one that inserts, as in the batch). Never throws.
 */
export async function answerBatch<I, O>(batch: ReadonlyArray<BatchWaiter<I, O>>, run: (items: I[]) => Promise<O[]>): Promise<void> {
  if (batch.length === 0) return;
  try {
    const results = await run(batch.map((entry) => entry.item));
    batch.forEach((entry, i) => entry.resolve(results[i]!));
  } catch (error) {
    if (batch.length === 1) {
      batch[0]!.reject(error);
      return;
    }
    for (const entry of batch) {
      try {
        entry.resolve((await run([entry.item]))[0]!);
      } catch (own) {
        entry.reject(own);
      }
    }
  }
}
