// Policy templates: the schedules and retention that protection policies can share. List, create, edit and
// delete; the server validates and its field errors are shown beside the fields.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner, FieldError } from './errors.tsx';
import { when } from './format.tsx';
import { projectPath, useSession } from './session.ts';
import type { PolicyTemplate, TemplateInput } from './types.ts';
import { useResource } from './use-resource.ts';

const FREQUENCIES: readonly TemplateInput['frequencyType'][] = [
  'fifteen-minutes', 'thirty-minutes', 'hourly', 'two-hours', 'three-hours', 'four-hours', 'six-hours', 'eight-hours',
  'twelve-hours', 'daily', 'weekly', 'monthly', 'yearly', 'custom',
];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
type Day = (typeof DAYS)[number];
const WITH_HOURS = new Set(['daily', 'weekly', 'monthly', 'yearly']);
const FIELDS = ['name', 'description', 'frequencyType', 'frequencyDetails', 'cronExpression', 'timeZone', 'retentionCount', 'replicaRetentionCount'];

/** A number as typed; anything else is sent as typed, so the server names the field that is wrong. */
function numberOrText(text: string): number {
  const trimmed = text.trim();
  return (/^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed) as number;
}
const list = (text: string): number[] => text.split(/[\s,]+/).filter(Boolean).map(numberOrText);

/** What a template's schedule says, in a line. */
export function scheduleText(t: PolicyTemplate): string {
  if (t.frequencyType === 'custom') return `custom: ${t.cronExpression ?? ''} (${t.timeZone})`;
  const d = t.frequencyDetails;
  const parts: string[] = [t.frequencyType];
  if (d.daysOfWeek?.length) parts.push(d.daysOfWeek.map((day) => day.slice(0, 3).toLowerCase()).join(', '));
  if (d.daysOfMonth?.length && (t.frequencyType === 'monthly' || t.frequencyType === 'yearly')) parts.push(`day ${d.daysOfMonth.join(', ')}`);
  if (d.hours?.length && WITH_HOURS.has(t.frequencyType)) parts.push(`at ${d.hours.map((h) => `${String(h).padStart(2, '0')}:${String(d.offset ?? 0).padStart(2, '0')}`).join(', ')}`);
  else if (d.offset) parts.push(`+${d.offset} min`);
  return `${parts.join(' · ')} (${t.timeZone})`;
}

function TemplateForm({ template, onDone, onCancel }: { template?: PolicyTemplate; onDone(): void; onCancel(): void }) {
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [frequencyType, setFrequencyType] = useState<TemplateInput['frequencyType']>(template?.frequencyType ?? 'daily');
  const [hours, setHours] = useState((template?.frequencyDetails.hours ?? [0]).join(', '));
  const [offset, setOffset] = useState(String(template?.frequencyDetails.offset ?? 0));
  const [days, setDays] = useState<Day[]>([...(template?.frequencyDetails.daysOfWeek ?? ['MONDAY'])] as Day[]);
  const [daysOfMonth, setDaysOfMonth] = useState((template?.frequencyDetails.daysOfMonth ?? [1]).join(', '));
  const [cron, setCron] = useState(template?.cronExpression ?? '0 3 * * *');
  const [timeZone, setTimeZone] = useState(template?.timeZone ?? 'UTC');
  const [retention, setRetention] = useState(String(template?.retentionCount ?? 7));
  const [replicaRetention, setReplicaRetention] = useState(template ? String(template.replicaRetentionCount) : '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const frequencyDetails: NonNullable<TemplateInput['frequencyDetails']> = {};
    if (frequencyType !== 'custom') frequencyDetails.offset = numberOrText(offset);
    if (WITH_HOURS.has(frequencyType)) frequencyDetails.hours = list(hours);
    if (frequencyType === 'weekly') frequencyDetails.daysOfWeek = days;
    if (frequencyType === 'monthly' || frequencyType === 'yearly') frequencyDetails.daysOfMonth = list(daysOfMonth);
    const body: TemplateInput = {
      name, description, frequencyType, timeZone, retentionCount: numberOrText(retention),
      ...(frequencyType === 'custom' ? { cronExpression: cron } : { frequencyDetails }),
      ...(replicaRetention.trim() ? { replicaRetentionCount: numberOrText(replicaRetention) } : {}),
    };
    setBusy(true);
    try {
      if (template) {
        await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/policy-templates/{id}', { params: { path: { ...projectPath(session), id: template.id } }, body }));
      } else {
        await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/policy-templates', { params: { path: projectPath(session) }, body }));
      }
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const title = template ? `Edit ${template.name}` : 'New policy template';
  return (
    <form className="card form" onSubmit={submit} aria-label={title}>
      <h2 ref={heading} tabIndex={-1}>{title}</h2>
      <Banner error={error} fields={FIELDS} />
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!fieldProblemOf(error, 'name')} /></label>
      <p className="hint">3–50 characters: a letter, then letters, digits and hyphens.</p>
      <FieldError error={error} field="name" />
      <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <FieldError error={error} field="description" />
      <label>Frequency
        <select name="frequencyType" value={frequencyType} onChange={(e) => setFrequencyType(e.target.value as TemplateInput['frequencyType'])}>
          {FREQUENCIES.map((f) => <option key={f} value={f}>{f}</option>)}
        </select>
      </label>
      <FieldError error={error} field="frequencyType" />
      {frequencyType === 'custom' ? (
        <>
          <label>Cron expression<input name="cronExpression" value={cron} onChange={(e) => setCron(e.target.value)} /></label>
          <p className="hint">Five fields: minute hour day-of-month month day-of-week.</p>
          <FieldError error={error} field="cronExpression" />
        </>
      ) : (
        <>
          {frequencyType === 'weekly' && (
            <fieldset>
              <legend>Days of the week</legend>
              <div className="checks">
                {DAYS.map((d) => <label key={d} className="inline"><input type="checkbox" checked={days.includes(d)} onChange={() => setDays((l) => (l.includes(d) ? l.filter((x) => x !== d) : [...l, d]))} /> {d.slice(0, 3).toLowerCase()}</label>)}
              </div>
            </fieldset>
          )}
          {(frequencyType === 'monthly' || frequencyType === 'yearly') && <label>Days of the month<input name="daysOfMonth" value={daysOfMonth} onChange={(e) => setDaysOfMonth(e.target.value)} /></label>}
          {WITH_HOURS.has(frequencyType) && <label>Hours of the day<input name="hours" value={hours} onChange={(e) => setHours(e.target.value)} /></label>}
          <label>Offset (minutes)<input name="offset" inputMode="numeric" value={offset} onChange={(e) => setOffset(e.target.value)} /></label>
          <FieldError error={error} field="frequencyDetails" />
        </>
      )}
      <label>Time zone<input name="timeZone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} /></label>
      <FieldError error={error} field="timeZone" />
      <label>Protections kept<input name="retentionCount" inputMode="numeric" value={retention} onChange={(e) => setRetention(e.target.value)} /></label>
      <FieldError error={error} field="retentionCount" />
      <label>Protections kept per replica region<input name="replicaRetentionCount" inputMode="numeric" value={replicaRetention} onChange={(e) => setReplicaRetention(e.target.value)} placeholder="as above" /></label>
      <FieldError error={error} field="replicaRetentionCount" />
      <div className="buttons">
        <button type="submit" disabled={busy}>{busy ? 'Saving…' : template ? 'Save' : 'Create template'}</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function fieldProblemOf(error: unknown, field: string): boolean {
  return !!(error && typeof error === 'object' && 'fieldErrors' in error && Object.keys((error as { fieldErrors: object }).fieldErrors).some((k) => k === field || k.startsWith(`${field}.`)));
}

export function PolicyTemplatesPage() {
  const session = useSession();
  const templates = useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/policy-templates', {
      params: { path: projectPath(session), query: { sort_by: 'name', sort_order: 'asc' }, header: { range: 'items=1-1000' } },
    })),
    [session],
  );
  // The form open: 'new', a template being edited, or none; the button that opened it gets the focus back.
  const [editing, setEditing] = useState<'new' | PolicyTemplate | null>(null);
  const [deleting, setDeleting] = useState<PolicyTemplate | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const opener = useRef<HTMLElement | null>(null);

  const open = (what: 'new' | PolicyTemplate, button: HTMLElement) => { opener.current = button; setError(null); setEditing(what); setDeleting(null); };
  const close = (message?: string) => {
    setEditing(null);
    setDeleting(null);
    if (message) setNotice(message);
    const back = opener.current;
    requestAnimationFrame(() => (back && document.contains(back) ? back : document.querySelector<HTMLElement>('#new-template'))?.focus());
  };

  async function remove(t: PolicyTemplate) {
    setError(null);
    try {
      await ok(session.client.DELETE('/api/v1/accounts/{accountId}/projects/{projectId}/policy-templates/{id}', { params: { path: { ...projectPath(session), id: t.id } } }));
      templates.reload();
      opener.current = null;
      close(`Deleted ${t.name}.`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section>
      <div className="section-head">
        <h1>Policy templates</h1>
        <button type="button" id="new-template" aria-expanded={editing === 'new'} onClick={(e) => open('new', e.currentTarget)}>New template</button>
      </div>
      <p className="muted">A schedule and retention that protection policies can share: a change here applies to every policy that uses it from its next slot.</p>
      <p className="small" role="status" aria-live="polite">{notice}</p>
      {editing !== null && (
        <TemplateForm
          key={editing === 'new' ? 'new' : editing.id}
          template={editing === 'new' ? undefined : editing}
          onCancel={() => close()}
          onDone={() => { templates.reload(); close(editing === 'new' ? 'Template created.' : 'Template saved.'); }}
        />
      )}
      {deleting && (
        <div className="card confirm" role="alertdialog" aria-label={`Delete ${deleting.name}`}>
          <span>Delete the template <strong>{deleting.name}</strong>? A template in use by a protection policy is refused.</span>
          <button type="button" className="danger" autoFocus onClick={() => void remove(deleting)}>Delete it</button>
          <button type="button" className="secondary" onClick={() => close()}>Keep it</button>
        </div>
      )}
      <Banner error={error ?? templates.error} />
      {!templates.data ? <p className="muted">Loading…</p> : !templates.data.length ? <p className="muted">No policy templates yet.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Policy templates">
            <thead><tr><th>Name</th><th>Schedule</th><th>Kept</th><th>Updated</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {templates.data.map((t) => (
                <tr key={t.id} data-template={t.name}>
                  <td><strong>{t.name}</strong>{t.description && <div className="muted small">{t.description}</div>}</td>
                  <td className="small schedule">{scheduleText(t)}</td>
                  <td className="small retention">{t.retentionCount}{t.replicaRetentionCount !== t.retentionCount ? ` (${t.replicaRetentionCount} per replica region)` : ''}</td>
                  <td className="small">{when(t.updatedAt)}</td>
                  <td className="nowrap">
                    <button type="button" className="link" aria-label={`Edit ${t.name}`} onClick={(e) => open(t, e.currentTarget)}>Edit</button>{' · '}
                    <button type="button" className="link danger-link" aria-label={`Delete ${t.name}`} onClick={(e) => { opener.current = e.currentTarget; setEditing(null); setError(null); setDeleting(t); }}>Delete</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
