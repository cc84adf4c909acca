import { awsCode } from './errors.ts';
import type { Session } from './session.ts';
import { commandsOf } from './clients.ts';

const { DescribeStacksCommand } = commandsOf('cloudformation');

export interface StackStatus {
  /** CloudFormation's status (CREATE_COMPLETE, ROLLBACK_COMPLETE, …), or `NOT_FOUND` when there is no such stack. */
  readonly status: string;
  readonly reason?: string;
  /** The stack's outputs (the connection group's template reports its role ARN there). */
  readonly outputs: Readonly<Record<string, string>>;
  readonly stackId?: string;
  readonly updatedAt?: number;
}

/**
 * A connection group's stack as CloudFormation reports it, read through the master account's role: the
 * second signal beside the stack's callback. Throws CloudCallError for anything but a missing stack.
 */
export async function readStackStatus(session: Session, request: { readonly region: string; readonly stackName: string }): Promise<StackStatus> {
  try {
    const answer = await session.client('cloudformation', request.region).send(new DescribeStacksCommand({ StackName: request.stackName }));
    const stack = answer.Stacks?.[0];
    if (!stack) return { status: 'NOT_FOUND', outputs: {} };
    const outputs = Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
    return {
      status: stack.StackStatus ?? 'UNKNOWN', ...(stack.StackStatusReason ? { reason: stack.StackStatusReason } : {}), outputs,
      ...(stack.StackId ? { stackId: stack.StackId } : {}),
      ...((stack.LastUpdatedTime ?? stack.CreationTime) ? { updatedAt: (stack.LastUpdatedTime ?? stack.CreationTime)!.getTime() } : {}),
    };
  } catch (error) {
    // CloudFormation answers a missing stack with a ValidationError "Stack with id … does not exist".
    if (awsCode(error) === 'ValidationError' && /does not exist/.test(String((error as Error).message))) return { status: 'NOT_FOUND', outputs: {} };
    throw error;
  }
}
