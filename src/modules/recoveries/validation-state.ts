import { setImmediate as turn, setTimeout as sleep } from 'node:timers/promises';
import type { CloudCredentials, CloudProvider, ResourceState } from '../../cloud/provider.ts';
import type { ValidatedResource } from './repo.ts';

/**
 * How long the validation waits for a recovered resource to become ready. An RDS instance restored from a snapshot
 * commonly takes 10–20 minutes to reach `available`; an instance reaches `running` in about a minute.
 */
export const READY_WAIT_MS = 30 * 60_000;
const POLL_MS = [2_000, 5_000, 10_000, 15_000, 30_000];
/** How often a pause between polls asks whether the recovery was cancelled: one indexed read a second. */
const CANCEL_POLL_MS = 1_000;
/**
 * States asked at once during the wait, with one cancel read before them and one write of their ready times after.
 * One at a time, each resource cost about five sequential round trips (cancel read, the sim's version read and call
 * log, its row, the ready time): on PostgreSQL the wait was half of a 2,000-resource recovery (16 of 32 s, issue 19).
 */
const ASK_AT_ONCE = 16;
/** Batches of asks between two turns of the event loop (about a thousand resources). */
const TURN_EVERY = 64;

/**
 * A bucket is ready only once it holds the objects its snapshot held. The restore that fills it is the recovery's own
 * and has finished when the copy is made, so a short bucket will not fill by itself: it is failed, not pending.
 */
export function withObjectCount(state: ResourceState | undefined, expected: number | undefined): ResourceState | undefined {
  const held = state?.attributes.objectCount;
  if (!state || state.state !== 'ready' || expected === undefined || typeof held !== 'number' || held >= expected) return state;
  return { ...state, state: 'failed', reason: `holds ${held} objects; its snapshot held ${expected}` };
}

/**
 * The recovered resources' states, asked of the cloud once each per validation run (a resumed run asks again).
 * `protectedObjects`: each bucket's object count at protection, by source resource id (see withObjectCount).
 */
export function resourceStates(
  cloud: Pick<CloudProvider, 'resourceState'>, credentials: CloudCredentials, region: string, protectedObjects: ReadonlyMap<string, number> = new Map(),
) {
  const known = new Map<string, ResourceState | undefined>();
  const ask = async (row: Pick<ValidatedResource, 'source_resource_id' | 'recovered_resource_id' | 'type'>, fresh = false) => {
    const id = row.recovered_resource_id!;
    if (fresh || !known.has(id)) {
      const state = await cloud.resourceState(credentials, { region, resourceId: id, type: row.type });
      known.set(id, withObjectCount(state, protectedObjects.get(row.source_resource_id)));
    }
    return known.get(id);
  };

  /**
   * Polls until each resource is ready or failed, or the wait is over (then those still pending are reported as such),
   * or `stopped` says to stop (a cancel): asked before each batch of ASK_AT_ONCE states and every CANCEL_POLL_MS of a
   * pause between rounds, so a cancel does not wait out a pause of up to 30 s. `onReady` records when the resources of
   * a batch were first seen ready. Answers `stopped` with the resources still being waited for, or `done`.
   */
  async function waitReady(
    rows: readonly ValidatedResource[], signal: AbortSignal, now: () => number, onReady: (rows: ValidatedResource[], at: number) => Promise<void>,
    stopped: () => Promise<boolean>,
  ): Promise<{ outcome: 'done' } | { outcome: 'stopped'; waiting: ValidatedResource[] }> {
    const deadline = now() + READY_WAIT_MS;
    let waiting = [...rows];
    for (let round = 0; ; round++) {
      const still: ValidatedResource[] = [];
      for (let start = 0; start < waiting.length; start += ASK_AT_ONCE) {
        if (signal.aborted) throw signal.reason;
        if (await stopped()) return { outcome: 'stopped', waiting: [...still, ...waiting.slice(start)] };
        // On SQLite every ask and write is synchronous: a turn now and then for the lease heartbeat and the API.
        if ((start / ASK_AT_ONCE) % TURN_EVERY === TURN_EVERY - 1) await turn();
        const batch = waiting.slice(start, start + ASK_AT_ONCE);
        const found = await Promise.all(batch.map((row) => ask(row, true)));
        const ready = batch.filter((_, i) => found[i]?.state === 'ready');
        if (ready.length > 0) await onReady(ready, now());
        still.push(...batch.filter((_, i) => found[i]?.state === 'pending'));
      }
      waiting = still;
      if (waiting.length === 0 || now() >= deadline) return { outcome: 'done' };
      const pause = Math.min(POLL_MS[Math.min(round, POLL_MS.length - 1)]!, Math.max(0, deadline - now()));
      for (let slept = 0; slept < pause; slept += CANCEL_POLL_MS) {
        await sleep(Math.min(CANCEL_POLL_MS, pause - slept), undefined, { signal });
        if (await stopped()) return { outcome: 'stopped', waiting };
      }
    }
  }

  return { ask, waitReady };
}

export type ResourceStates = ReturnType<typeof resourceStates>;
