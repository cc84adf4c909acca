/** One key's or source's bucket: `tokens` failures still allowed as of `at`. */
interface Bucket {
  tokens: number;
  at: number;
  /** When its last refusal was audited. */
  auditedAt: number | undefined;
}

/**
 * Token buckets of failures, one per id, refilled at `capacity` per window. Only ids that failed are kept
 * (a full bucket is the same as none), in a Map whose insertion order is the recency order: past
 * `maxEntries` the least recently failed is forgotten, so a flood of random ids cannot grow memory.
 * Forgetting one resets its count, which a flood can do to a few; the cap is far above what honest
 * clients fail with in a window.
 */
export class FailureBuckets {
  private readonly entries = new Map<string, Bucket>();

  constructor(private readonly capacity: number, private readonly windowMs: number, private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** How long until `id` may fail once more; 0 when it may now. */
  waitMs(id: string, now: number): number {
    const bucket = this.refilled(id, now);
    if (!bucket || bucket.tokens >= 1) return 0;
    return ((1 - bucket.tokens) * this.windowMs) / this.capacity;
  }

  /** Counts one failure of `id`. */
  fail(id: string, now: number): void {
    let bucket = this.refilled(id, now);
    if (bucket) {
      this.entries.delete(id); // re-inserted below: the most recent now
    } else {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      bucket = { tokens: this.capacity, at: now, auditedAt: undefined };
    }
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    this.entries.set(id, bucket);
  }

  /** True once per window per id: whether this refusal of `id` is the one to audit. */
  auditDue(id: string, now: number): boolean {
    const bucket = this.entries.get(id);
    if (!bucket || (bucket.auditedAt !== undefined && now - bucket.auditedAt < this.windowMs)) return false;
    bucket.auditedAt = now;
    return true;
  }

  private refilled(id: string, now: number): Bucket | undefined {
    const bucket = this.entries.get(id);
    if (!bucket) return undefined;
    // max(0, …): a clock stepped back refills nothing rather than draining.
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (Math.max(0, now - bucket.at) * this.capacity) / this.windowMs);
    bucket.at = now;
    return bucket;
  }
}
