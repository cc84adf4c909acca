// The schedule part of a protection policy's and a drill policy's form: the frequency, the hours (and days of
// the week) of the coarse ones, a cron expression for custom, the time zone; each with the server's error beside it.
import { FieldError, fieldProblem } from './errors.tsx';
import { FREQUENCY_TYPES, type FrequencyType } from './assembly-types.ts';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
type Day = (typeof DAYS)[number];
const WITH_HOURS = new Set<FrequencyType>(['daily', 'weekly', 'monthly', 'yearly']);

export interface ScheduleState {
  readonly frequencyType: FrequencyType;
  readonly cronExpression: string;
  readonly timeZone: string;
  readonly hours: string;
  readonly daysOfWeek: readonly Day[];
}

export const SCHEDULE_FIELDS = ['frequencyType', 'frequencyDetails', 'cronExpression', 'timeZone'];

export function scheduleOf(policy?: { frequencyType: FrequencyType; cronExpression: string | null; timeZone: string; frequencyDetails: { hours?: number[]; daysOfWeek?: string[] } }): ScheduleState {
  return {
    frequencyType: policy?.frequencyType ?? 'daily',
    cronExpression: policy?.cronExpression ?? '',
    timeZone: policy?.timeZone ?? 'UTC',
    hours: policy?.frequencyDetails.hours?.join(', ') ?? '2',
    daysOfWeek: (policy?.frequencyDetails.daysOfWeek ?? ['MONDAY']) as Day[],
  };
}

/** The schedule as the API's body spells it (only the details the frequency uses). */
export function scheduleBody(s: ScheduleState) {
  const hours = s.hours.split(/[\s,]+/).filter(Boolean).map(Number);
  return {
    frequencyType: s.frequencyType,
    ...(s.frequencyType === 'custom' ? { cronExpression: s.cronExpression } : {}),
    ...(WITH_HOURS.has(s.frequencyType) ? { frequencyDetails: { hours, ...(s.frequencyType === 'weekly' ? { daysOfWeek: [...s.daysOfWeek] } : {}) } } : {}),
    timeZone: s.timeZone.trim() || 'UTC',
  };
}

/** How a schedule reads in a list: "daily at 02:00 UTC", "custom: 0 3 * * 1 (Europe/Berlin)". */
export function describeSchedule(p: { frequencyType: string; cronExpression: string | null; timeZone: string; frequencyDetails: { hours?: number[]; daysOfWeek?: string[] } }): string {
  if (p.frequencyType === 'custom') return `cron ${p.cronExpression} (${p.timeZone})`;
  const hours = p.frequencyDetails.hours?.length && WITH_HOURS.has(p.frequencyType as FrequencyType)
    ? ` at ${p.frequencyDetails.hours.map((h) => `${String(h).padStart(2, '0')}:00`).join(', ')}` : '';
  const days = p.frequencyType === 'weekly' && p.frequencyDetails.daysOfWeek?.length ? ` on ${p.frequencyDetails.daysOfWeek.map((d) => d.slice(0, 3).toLowerCase()).join(', ')}` : '';
  return `${p.frequencyType}${days}${hours} ${p.timeZone}`;
}

export function ScheduleFields({ idPrefix, value, onChange, error }: { idPrefix: string; value: ScheduleState; onChange(next: ScheduleState): void; error: unknown }) {
  const set = (change: Partial<ScheduleState>) => onChange({ ...value, ...change });
  return (
    <fieldset>
      <legend>Schedule</legend>
      <label htmlFor={`${idPrefix}-frequency`}>Frequency</label>
      <select id={`${idPrefix}-frequency`} name="frequencyType" value={value.frequencyType} onChange={(e) => set({ frequencyType: e.target.value as FrequencyType })}>
        {FREQUENCY_TYPES.map((f) => <option key={f} value={f}>{f}</option>)}
      </select>
      <FieldError error={error} field="frequencyType" />
      {value.frequencyType === 'custom' && (
        <>
          <label htmlFor={`${idPrefix}-cron`}>Cron expression (minute hour day-of-month month day-of-week)</label>
          <input id={`${idPrefix}-cron`} name="cronExpression" value={value.cronExpression} placeholder="0 3 * * 1" onChange={(e) => set({ cronExpression: e.target.value })}
            aria-invalid={fieldProblem(error, 'cronExpression') ? true : undefined} />
          <FieldError error={error} field="cronExpression" />
        </>
      )}
      {WITH_HOURS.has(value.frequencyType) && (
        <>
          <label htmlFor={`${idPrefix}-hours`}>Hours of the day (0–23, comma-separated)</label>
          <input id={`${idPrefix}-hours`} name="hours" value={value.hours} inputMode="numeric" onChange={(e) => set({ hours: e.target.value })} />
        </>
      )}
      {value.frequencyType === 'weekly' && (
        <div className="checks" role="group" aria-label="Days of the week">
          {DAYS.map((d) => (
            <label key={d} className="inline"><input type="checkbox" checked={value.daysOfWeek.includes(d)}
              onChange={() => set({ daysOfWeek: value.daysOfWeek.includes(d) ? value.daysOfWeek.filter((x) => x !== d) : [...value.daysOfWeek, d] })} /> {d.slice(0, 3).toLowerCase()}</label>
          ))}
        </div>
      )}
      <FieldError error={error} field="frequencyDetails" />
      <label htmlFor={`${idPrefix}-tz`}>Time zone</label>
      <input id={`${idPrefix}-tz`} name="timeZone" value={value.timeZone} onChange={(e) => set({ timeZone: e.target.value })} />
      <FieldError error={error} field="timeZone" />
    </fieldset>
  );
}

