// An assembly's protection policies (schedule and retention) and drill policies (a scheduled recovery that resets
// itself): list, create, edit (with the ETag read when the form opened), pause and resume. The server's field
// errors show beside their fields.
import { useState, type FormEvent } from 'react';
import { answer, ok } from '../../src/client/client.ts';
import type { DrillPolicy, NewDrillPolicy, NewPolicy, Policy } from './assembly-types.ts';
import { Banner, FieldError } from './errors.tsx';
import { useFocusOnMount, useFocusReturn } from './focus.ts';
import { Badge, toneOf, when } from './format.tsx';
import { describeSchedule, SCHEDULE_FIELDS, ScheduleFields, scheduleBody, scheduleOf, type ScheduleState } from './schedule-fields.tsx';
import { projectPath, useSession } from './session.ts';
import { useResource } from './use-resource.ts';

const LIST = { range: 'items=1-100' };
/** A number field: empty leaves it out (the server's default), anything else is sent for the server to judge. */
const numberOrOmit = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** Pause (paused) or resume (enabled): the same control for both kinds of policy. */
function statusAction(status: string): { label: string; next: 'enabled' | 'paused' } | null {
  if (status === 'enabled') return { label: 'Pause', next: 'paused' };
  if (status === 'paused' || status === 'error' || status === 'disabled') return { label: 'Resume', next: 'enabled' };
  return null;
}

export function ProtectionPolicies({ assemblyId, version, onChanged }: { assemblyId: number; version: number; onChanged(): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const list = useResource(() => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies', { params: { path, header: LIST } })), [session, assemblyId, version]);
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const focus = useFocusReturn();

  async function setStatus(p: Policy, status: 'enabled' | 'paused') {
    setError(null);
    try {
      await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}/status', { params: { path: { ...path, id: p.id } }, body: { status } }));
      list.reload();
      onChanged();
    } catch (e) {
      setError(e);
    }
  }
  const open = (what: Policy | 'new') => { if (editing === null) focus.remember(); setEditing(what); };
  const close = (saved: boolean) => { setEditing(null); focus.restore(); if (saved) { list.reload(); onChanged(); } };

  return (
    <section aria-labelledby="policies-heading">
      <div className="section-head">
        <h2 id="policies-heading">Protection policies</h2>
        <button type="button" className="secondary" aria-expanded={editing === 'new'} onClick={() => open('new')}>New protection policy</button>
      </div>
      <Banner error={error ?? list.error} />
      {editing !== null && <PolicyForm key={editing === 'new' ? 'new' : editing.id} assemblyId={assemblyId} policy={editing === 'new' ? undefined : editing} onClose={close} />}
      {!list.data ? <p className="muted">Loading…</p> : !list.data.length ? <p className="muted">No policy: protections run only when started.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Protection policies">
            <thead><tr><th>Policy</th><th>Schedule</th><th>Keeps</th><th>Status</th><th>Next run</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {list.data.map((p) => {
                const action = statusAction(p.status);
                return (
                  <tr key={p.id} data-policy={p.name} data-status={p.status}>
                    <td><strong>{p.name}</strong>{p.description && <div className="muted small">{p.description}</div>}</td>
                    <td className="small">{describeSchedule(p)}</td>
                    <td className="small">{p.retentionCount} (replicas {p.replicaRetentionCount})</td>
                    <td><Badge status={p.status} tone={p.status === 'paused' ? 'idle' : toneOf(p.status)} />{p.statusMessage && <div className="muted small">{p.statusMessage}</div>}</td>
                    <td className="small next-run">{p.nextRunAt ? when(p.nextRunAt) : '—'}</td>
                    <td>
                      <div className="buttons tight">
                        {action && <button type="button" className="secondary" onClick={() => void setStatus(p, action.next)}>{action.label}<span className="visually-hidden"> {p.name}</span></button>}
                        <button type="button" className="secondary" onClick={() => open(p)}>Edit<span className="visually-hidden"> {p.name}</span></button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const POLICY_FIELDS = ['name', 'description', 'retentionCount', 'replicaRetentionCount', ...SCHEDULE_FIELDS];

function PolicyForm({ assemblyId, policy, onClose }: { assemblyId: number; policy?: Policy; onClose(saved: boolean): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [name, setName] = useState(policy?.name ?? '');
  const [description, setDescription] = useState(policy?.description ?? '');
  const [schedule, setSchedule] = useState<ScheduleState>(scheduleOf(policy));
  const [retention, setRetention] = useState(String(policy?.retentionCount ?? 7));
  const [replicaRetention, setReplicaRetention] = useState(policy ? String(policy.replicaRetentionCount) : '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const title = policy ? `Edit ${policy.name}` : 'New protection policy';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const retentionCount = numberOrOmit(retention);
    const replicaRetentionCount = numberOrOmit(replicaRetention);
    const body = {
      name, description, ...scheduleBody(schedule),
      ...(retentionCount !== undefined ? { retentionCount } : {}), ...(replicaRetentionCount !== undefined ? { replicaRetentionCount } : {}),
    } as NewPolicy & { name: string };
    try {
      if (policy) {
        // The version this edit is based on: someone else's change meanwhile is a 412, not overwritten.
        const current = await answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}', { params: { path: { ...path, id: policy.id } } }));
        const etag = current.response.headers.get('etag') ?? undefined;
        await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}', {
          params: { path: { ...path, id: policy.id }, header: etag ? { 'if-match': etag } : {} }, body,
        }));
      } else {
        await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies', { params: { path }, body }));
      }
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label={title} data-form="protection-policy">
      <h3 ref={heading} tabIndex={-1}>{title}</h3>
      <Banner error={error} fields={POLICY_FIELDS} />
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <FieldError error={error} field="name" />
      <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <FieldError error={error} field="description" />
      <ScheduleFields idPrefix={`policy-${policy?.id ?? 'new'}`} value={schedule} onChange={setSchedule} error={error} />
      <label>Protections kept<input name="retentionCount" type="number" value={retention} onChange={(e) => setRetention(e.target.value)} /></label>
      <FieldError error={error} field="retentionCount" />
      <label>Kept in each replica region (empty: as many)<input name="replicaRetentionCount" type="number" value={replicaRetention} onChange={(e) => setReplicaRetention(e.target.value)} /></label>
      <FieldError error={error} field="replicaRetentionCount" />
      <div className="buttons">
        <button type="submit" disabled={busy}>{busy ? 'Saving…' : policy ? 'Save the policy' : 'Create the policy'}</button>
        <button type="button" className="secondary" onClick={() => onClose(false)}>Cancel</button>
      </div>
    </form>
  );
}

export function DrillPolicies({ assemblyId, version }: { assemblyId: number; version: number }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const list = useResource(() => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies', { params: { path, header: LIST } })), [session, assemblyId, version]);
  const [editing, setEditing] = useState<DrillPolicy | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const focus = useFocusReturn();

  async function setStatus(p: DrillPolicy, status: 'enabled' | 'paused') {
    setError(null);
    try {
      await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}/status', { params: { path: { ...path, id: p.id } }, body: { status } }));
      list.reload();
    } catch (e) {
      setError(e);
    }
  }
  const open = (what: DrillPolicy | 'new') => { if (editing === null) focus.remember(); setEditing(what); };
  const close = (saved: boolean) => { setEditing(null); focus.restore(); if (saved) list.reload(); };

  return (
    <section aria-labelledby="drills-heading">
      <div className="section-head">
        <h2 id="drills-heading">Drill policies</h2>
        <button type="button" className="secondary" aria-expanded={editing === 'new'} onClick={() => open('new')}>New drill policy</button>
      </div>
      <Banner error={error ?? list.error} />
      {editing !== null && <DrillForm key={editing === 'new' ? 'new' : editing.id} assemblyId={assemblyId} policy={editing === 'new' ? undefined : editing} onClose={close} />}
      {!list.data ? <p className="muted">Loading…</p> : !list.data.length ? <p className="muted">No drill policy: drills run only when started.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Drill policies">
            <thead><tr><th>Drill</th><th>Schedule</th><th>Recovery</th><th>Status</th><th>Next run</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {list.data.map((p) => {
                const action = statusAction(p.status);
                return (
                  <tr key={p.id} data-drill-policy={p.name} data-status={p.status}>
                    <td><strong>{p.name}</strong>{p.description && <div className="muted small">{p.description}</div>}</td>
                    <td className="small">{describeSchedule(p)}</td>
                    <td className="small">{p.recovery.recoveryScope ?? 'same-region'} · reset after {p.resetAfterMinutes} min</td>
                    <td><Badge status={p.status} tone={p.status === 'paused' ? 'idle' : undefined} /></td>
                    <td className="small next-run">{p.nextRunAt ? when(p.nextRunAt) : '—'}</td>
                    <td>
                      <div className="buttons tight">
                        {action && <button type="button" className="secondary" onClick={() => void setStatus(p, action.next)}>{action.label}<span className="visually-hidden"> {p.name}</span></button>}
                        <button type="button" className="secondary" onClick={() => open(p)}>Edit<span className="visually-hidden"> {p.name}</span></button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const DRILL_FIELDS = ['name', 'description', 'resetAfterMinutes', 'recovery', ...SCHEDULE_FIELDS];

function DrillForm({ assemblyId, policy, onClose }: { assemblyId: number; policy?: DrillPolicy; onClose(saved: boolean): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [name, setName] = useState(policy?.name ?? '');
  const [description, setDescription] = useState(policy?.description ?? '');
  const [schedule, setSchedule] = useState<ScheduleState>(scheduleOf(policy ? policy : { frequencyType: 'weekly', cronExpression: null, timeZone: 'UTC', frequencyDetails: { hours: [3], daysOfWeek: ['SATURDAY'] } }));
  const [resetAfter, setResetAfter] = useState(String(policy?.resetAfterMinutes ?? 60));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const title = policy ? `Edit ${policy.name}` : 'New drill policy';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body = { name, description, ...scheduleBody(schedule), resetAfterMinutes: numberOrOmit(resetAfter), ...(policy ? { recovery: policy.recovery } : {}) } as NewDrillPolicy;
    try {
      if (policy) {
        const current = await answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}', { params: { path: { ...path, id: policy.id } } }));
        const etag = current.response.headers.get('etag') ?? undefined;
        await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}', {
          params: { path: { ...path, id: policy.id }, header: etag ? { 'if-match': etag } : {} }, body,
        }));
      } else {
        await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies', { params: { path }, body }));
      }
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label={title} data-form="drill-policy">
      <h3 ref={heading} tabIndex={-1}>{title}</h3>
      <p className="hint">Each run recovers the latest successful protection (isolated, in the source region unless the policy says otherwise) and resets it afterwards.</p>
      <Banner error={error} fields={DRILL_FIELDS} />
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <FieldError error={error} field="name" />
      <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <FieldError error={error} field="description" />
      <ScheduleFields idPrefix={`drill-${policy?.id ?? 'new'}`} value={schedule} onChange={setSchedule} error={error} />
      <label>Reset after (minutes, 1–10080)<input name="resetAfterMinutes" type="number" value={resetAfter} onChange={(e) => setResetAfter(e.target.value)} /></label>
      <FieldError error={error} field="resetAfterMinutes" />
      <div className="buttons">
        <button type="submit" disabled={busy}>{busy ? 'Saving…' : policy ? 'Save the drill policy' : 'Create the drill policy'}</button>
        <button type="button" className="secondary" onClick={() => onClose(false)}>Cancel</button>
      </div>
    </form>
  );
}
