import type { Static } from '@sinclair/typebox';
import { iso } from '../../platform/http/schema.ts';
import type { DrillPolicyRow, DrillRunRow } from './repo.ts';
import { reportPath } from './run-drill.ts';
import type { DrillPolicy, DrillRun } from './schemas.ts';

export function presentDrillPolicy(row: DrillPolicyRow): Static<typeof DrillPolicy> {
  return {
    accountId: row.account_id, projectId: row.project_id, id: row.id, cloudAssemblyId: row.assembly_id,
    name: row.name, description: row.description,
    frequencyType: row.schedule.frequencyType,
    frequencyDetails: row.schedule.frequencyDetails as Static<typeof DrillPolicy>['frequencyDetails'],
    cronExpression: row.schedule.cronExpression, timeZone: row.schedule.timeZone,
    recovery: row.recovery, resetAfterMinutes: row.reset_after_minutes, status: row.status,
    nextRunAt: row.status === 'enabled' ? iso(row.next_slot_at) : null, lastRunAt: iso(row.last_slot_at),
    createdAt: iso(row.created_at), updatedAt: iso(row.updated_at),
  };
}

export function presentDrillRun(row: DrillRunRow): Static<typeof DrillRun> {
  const finished = row.status === 'completed' || row.status === 'failed';
  return {
    id: row.id, drillPolicyId: row.policy_id, cloudAssemblyId: row.assembly_id, trigger: row.trigger, slotAt: iso(row.slot_at),
    status: row.status, statusMessage: row.status_message, outcome: finished ? (row.status === 'completed' ? 'passed' : 'failed') : null,
    recoveryId: row.recovery_id, recoveryStatus: row.recovery_status, validationStatus: row.validation_status,
    rtoSeconds: row.rto_seconds, rpoSeconds: row.rpo_seconds, resetStatus: row.reset_status, leftovers: row.leftovers,
    reportUrl: row.recovery_id && reportPath(row, row.recovery_id),
    startedAt: iso(row.started_at), finishedAt: iso(row.finished_at), createdAt: iso(row.created_at),
  };
}
