import type { Static } from '@sinclair/typebox';
import { iso } from '../../platform/http/schema.ts';
import type { PolicyView, TemplateRow } from './repo.ts';
import type { PolicySchedule } from './schedule.ts';
import { policySchedule, templateSchedule } from './schedule-columns.ts';
import type { PolicyTemplate, ProtectionPolicy } from './schemas.ts';

type ScheduleOut = Pick<Static<typeof PolicyTemplate>, 'frequencyType' | 'frequencyDetails' | 'cronExpression' | 'timeZone' | 'retentionCount' | 'replicaRetentionCount'>;

function presentSchedule(schedule: PolicySchedule): ScheduleOut {
  return {
    frequencyType: schedule.frequencyType,
    frequencyDetails: schedule.frequencyDetails as ScheduleOut['frequencyDetails'],
    cronExpression: schedule.cronExpression,
    timeZone: schedule.timeZone,
    retentionCount: schedule.retentionCount,
    replicaRetentionCount: schedule.replicaRetentionCount,
  };
}

export function presentTemplate(row: TemplateRow): Static<typeof PolicyTemplate> {
  return {
    accountId: row.account_id,
    projectId: row.project_id,
    id: row.id,
    name: row.name,
    description: row.description,
    ...presentSchedule(templateSchedule(row)),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function presentPolicy(view: PolicyView): Static<typeof ProtectionPolicy> {
  return {
    accountId: view.account_id,
    projectId: view.project_id,
    id: view.id,
    cloudAssemblyId: view.assembly_id,
    name: view.name,
    description: view.description,
    policyTemplateId: view.template_id,
    ...presentSchedule(policySchedule(view)),
    status: view.status as Static<typeof ProtectionPolicy>['status'],
    statusMessage: view.status_message,
    activation: { type: view.activation as 'now' | 'at', startTime: iso(view.start_at) },
    nextRunAt: view.status === 'enabled' ? iso(view.next_slot_at) : null,
    lastRunAt: iso(view.last_slot_at),
    createdAt: iso(view.created_at),
    updatedAt: iso(view.updated_at),
  };
}
