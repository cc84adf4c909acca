/**
 * The plan's steps a page at a time. The layout (plan.ts layOutPlan) holds every resource's skeleton; the steps, with
 * their configurations, are built for one page of its order and dropped once the caller has used them, so a recovery of
 * 100,000 resources never holds every configuration at once (issue 19: a recovery of 10,000 peaked at 379 MiB when
 * the plan was built whole).
 */
import { setImmediate as turn } from 'node:timers/promises';
import { planSteps, type CapturedResource, type PlanLayout, type PlanStep } from './plan.ts';

/** Steps built and written at a time: a page of configurations in memory, and 500 rows an insert. */
export const PLAN_PAGE = 500;

/** Reads the full captured resources of a page of the plan's ids (any order; every id must be found). */
export type CapturedReader = (resourceIds: readonly string[]) => Promise<readonly CapturedResource[]>;

/**
 * Yields the layout's steps in plan order, `pageSize` at a time, each page read whole from `read` and nothing else kept.
 * Between pages the event loop gets a turn: on SQLite every statement is synchronous, so without it a job's lease
 * heartbeat (a timer) waits for the whole plan.
 */
export async function* planPages(layout: PlanLayout, read: CapturedReader, pageSize = PLAN_PAGE): AsyncGenerator<PlanStep[]> {
  for (let start = 0; start < layout.order.length; start += pageSize) {
    const ids = layout.order.slice(start, start + pageSize);
    const byId = new Map((await read(ids)).map((r) => [r.resourceId, r]));
    yield planSteps(layout, ids.map((id) => {
      const resource = byId.get(id);
      if (!resource) throw new Error(`The protection's resource ${id} could not be read back for the plan`);
      return resource;
    }));
    await turn();
  }
}
