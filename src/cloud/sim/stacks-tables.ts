/** Stacks the simulated CloudFormation has deployed (migration 0015-sim-stacks). */
export interface SimStackTable {
  /** The account the stack runs in; with region and stack_name the primary key. */
  account_id: string;
  region: string;
  stack_name: string;
  /** arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>, fixed at creation. */
  stack_id: string;
  /** CREATE_COMPLETE | UPDATE_COMPLETE | CREATE_FAILED | UPDATE_FAILED */
  status: string;
  /** JSON: the template it last ran, so a Delete can run its custom resources with the same properties. */
  template: string;
  /** JSON: the parameter values it ran with. */
  parameters: string;
  updated_at: number;
  /** Why the stack failed (StackStatusReason); null when it did not (migration 0017-sim-stacks-reason). */
  status_reason: string | null;
}

export interface SimStackTables {
  sim_stacks: SimStackTable;
}
