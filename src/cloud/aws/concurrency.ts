/**
 * fn over items with at most `limit` calls in flight, results in item order. Per-resource look-ups
 * (tags, attributes) go through it so a page of 1,000 queues is not 1,000 requests at once.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}

/** Splits items into groups of at most size (AWS's batch limits: 20 ARNs a DescribeTags, 10 zones a ListTagsForResources). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
