// An assembly's protection policies (schedule and retention), and the list section both kinds of policy share
// (drill-policies.tsx has the drills): list, create, edit (on the version and ETag read when the form opened, so a
// change meanwhile is a 412 said plainly), pause and resume. The server's field errors show beside their fields.
import { Fragment, useState, type ReactNode } from 'react';
import { answer, ok } from '../../src/client/client.ts';
import type { NewPolicy, Policy } from './assembly-types.ts';
import { Banner, FieldError } from './errors.tsx';
import { useFocusReturn } from './focus.ts';
import { FormPanel, ifMatch, useSubmit, useVersioned } from './form-panel.tsx';
import { Badge, toneOf, when } from './format.tsx';
import { describeSchedule, SCHEDULE_FIELDS, ScheduleFields, scheduleBody, scheduleOf, type ScheduleState } from './schedule-fields.tsx';
import { projectPath, useSession } from './session.ts';
import { useResource, type Resource } from './use-resource.ts';

export const LIST = { range: 'items=1-100' };
/** A number field: empty leaves it out (the server's default), anything else is sent for the server to judge. */
export const numberOrOmit = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** Pause (paused) or resume (enabled): the same control for both kinds of policy. */
function statusAction(status: string): { label: string; next: 'enabled' | 'paused' } | null {
  if (status === 'enabled') return { label: 'Pause', next: 'paused' };
  if (status === 'paused' || status === 'error' || status === 'disabled') return { label: 'Resume', next: 'enabled' };
  return null;
}

/** What both kinds of policy share: a name, a status to pause or resume, a next run. */
export interface ListedPolicy { readonly id: number; readonly name: string; readonly description: string; readonly status: string; readonly nextRunAt: string | null }

/**
 * A policy list section: its heading and New button, the form (new or edit) in place with the focus moved into it and
 * back, and a table whose rows pause, resume and edit. `row` gives a kind's own cells; `actions` its own buttons;
 * `below` what shows under the table (a drill policy's runs).
 */
export function PolicySection<P extends ListedPolicy>({ kind, title, rowAttribute, emptyText, headers, list, row, actions, below, setStatus, form, onChanged }: {
  kind: string; title: string; rowAttribute: string; emptyText: string; headers: readonly string[];
  list: Resource<P[]>; row(p: P): ReactNode; actions?(p: P): ReactNode; below?: ReactNode;
  setStatus(p: P, status: 'enabled' | 'paused'): Promise<unknown>;
  form(policy: P | undefined, close: (saved: boolean) => void): ReactNode; onChanged?(): void;
}) {
  const [editing, setEditing] = useState<P | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const focus = useFocusReturn();
  async function changeStatus(p: P, status: 'enabled' | 'paused') {
    setError(null);
    try {
      await setStatus(p, status);
      list.reload();
      onChanged?.();
    } catch (e) {
      setError(e);
    }
  }
  const open = (what: P | 'new') => { if (editing === null) focus.remember(); setEditing(what); };
  const close = (saved: boolean) => { setEditing(null); focus.restore(); if (saved) { list.reload(); onChanged?.(); } };
  const headingId = `${kind}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="secondary" aria-expanded={editing === 'new'} onClick={() => open('new')}>New {title.toLowerCase().replace(/ies$/, 'y')}</button>
      </div>
      <Banner error={error ?? list.error} />
      {editing !== null && <Fragment key={editing === 'new' ? 'new' : editing.id}>{form(editing === 'new' ? undefined : editing, close)}</Fragment>}
      {!list.data ? <p className="muted">Loading…</p> : !list.data.length ? <p className="muted">{emptyText}</p> : (
        <div className="table-wrap">
          <table className="list" aria-label={title}>
            <thead><tr>{headers.map((h) => <th key={h}>{h}</th>)}<th>Status</th><th>Next run</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {list.data.map((p) => {
                const action = statusAction(p.status);
                return (
                  <tr key={p.id} {...{ [rowAttribute]: p.name }} data-status={p.status}>
                    <td><strong>{p.name}</strong>{p.description && <div className="muted small">{p.description}</div>}</td>
                    {row(p)}
                    <td className="small next-run">{p.nextRunAt ? when(p.nextRunAt) : '—'}</td>
                    <td>
                      <div className="buttons tight">
                        {action && <button type="button" className="secondary" onClick={() => void changeStatus(p, action.next)}>{action.label}<span className="visually-hidden"> {p.name}</span></button>}
                        <button type="button" className="secondary" onClick={() => open(p)}>Edit<span className="visually-hidden"> {p.name}</span></button>
                        {actions?.(p)}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {below}
    </section>
  );
}

export function ProtectionPolicies({ assemblyId, version, onChanged }: { assemblyId: number; version: number; onChanged(): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const list = useResource(() => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies', { params: { path, header: LIST } })), [session, assemblyId, version]);
  return (
    <PolicySection<Policy> kind="policies" title="Protection policies" rowAttribute="data-policy" emptyText="No policy: protections run only when started."
      headers={['Policy', 'Schedule', 'Keeps']} list={list} onChanged={onChanged}
      row={(p) => (
        <>
          <td className="small">{describeSchedule(p)}</td>
          <td className="small">{p.retentionCount} (replicas {p.replicaRetentionCount})</td>
          <td><Badge status={p.status} tone={p.status === 'paused' ? 'idle' : toneOf(p.status)} />{p.statusMessage && <div className="muted small">{p.statusMessage}</div>}</td>
        </>
      )}
      setStatus={(p, status) => ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}/status', { params: { path: { ...path, id: p.id } }, body: { status } }))}
      form={(policy, close) => <PolicyForm assemblyId={assemblyId} policy={policy} onClose={close} />} />
  );
}

const POLICY_FIELDS = ['name', 'description', 'retentionCount', 'replicaRetentionCount', ...SCHEDULE_FIELDS];

/** A policy's editor, on the version read when it opened (a new one: empty). */
function PolicyForm({ assemblyId, policy, onClose }: { assemblyId: number; policy?: Policy; onClose(saved: boolean): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const current = useVersioned(policy ? () => answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}', {
    params: { path: { ...path, id: policy.id } },
  })) : null);
  if (policy && !current.data) return current.error ? <Banner error={current.error} /> : <p className="muted">Loading…</p>;
  return <PolicyFields key={current.data?.etag ?? 'new'} assemblyId={assemblyId} policy={current.data?.data} etag={current.data?.etag ?? null} onReload={current.reload} onClose={onClose} />;
}

function PolicyFields({ assemblyId, policy, etag, onReload, onClose }: { assemblyId: number; policy?: Policy; etag: string | null; onReload(): void; onClose(saved: boolean): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const submit = useSubmit();
  const [name, setName] = useState(policy?.name ?? '');
  const [description, setDescription] = useState(policy?.description ?? '');
  const [schedule, setSchedule] = useState<ScheduleState>(scheduleOf(policy));
  const [retention, setRetention] = useState(String(policy?.retentionCount ?? 7));
  const [replicaRetention, setReplicaRetention] = useState(policy ? String(policy.replicaRetentionCount) : '');

  function save() {
    const retentionCount = numberOrOmit(retention);
    const replicaRetentionCount = numberOrOmit(replicaRetention);
    const body = {
      name, description, ...scheduleBody(schedule),
      ...(retentionCount !== undefined ? { retentionCount } : {}), ...(replicaRetentionCount !== undefined ? { replicaRetentionCount } : {}),
    } as NewPolicy & { name: string };
    return submit.run(() => (policy
      ? ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies/{id}', { params: { path: { ...path, id: policy.id }, header: ifMatch(etag) }, body }))
      : ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies', { params: { path }, body }))), () => onClose(true));
  }

  const { error } = submit;
  return (
    <FormPanel title={policy ? `Edit ${policy.name}` : 'New protection policy'} data="protection-policy" error={error} fields={POLICY_FIELDS} busy={submit.busy}
      submitText={policy ? 'Save the policy' : 'Create the policy'} conflictWhat="policy" onReload={onReload} onSubmit={save} onClose={() => onClose(false)}>
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <FieldError error={error} field="name" />
      <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <FieldError error={error} field="description" />
      <ScheduleFields idPrefix={`policy-${policy?.id ?? 'new'}`} value={schedule} onChange={setSchedule} error={error} />
      <label>Protections kept<input name="retentionCount" type="number" value={retention} onChange={(e) => setRetention(e.target.value)} /></label>
      <FieldError error={error} field="retentionCount" />
      <label>Kept in each replica region (empty: as many)<input name="replicaRetentionCount" type="number" value={replicaRetention} onChange={(e) => setReplicaRetention(e.target.value)} /></label>
      <FieldError error={error} field="replicaRetentionCount" />
    </FormPanel>
  );
}
