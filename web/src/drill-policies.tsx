// An assembly's drill policies (a scheduled recovery that resets itself): the shared policy list, the recovery each
// run starts (scope, the target region among the connection's regions, zone or account, mode, isolation), "Run now"
// with the server's answer, and each policy's runs: status, the recovery it started (a link), measured RTO, outcome.
import { useState } from 'react';
import { answer, ok } from '../../src/client/client.ts';
import { LIST, numberOrOmit, PolicySection } from './assembly-policies.tsx';
import type { DrillPolicy, NewDrillPolicy } from './assembly-types.ts';
import { Banner, FieldError } from './errors.tsx';
import { FormPanel, ifMatch, useSubmit, useVersioned } from './form-panel.tsx';
import { Badge, seconds, when } from './format.tsx';
import { onLinkClick, recoveryHref } from './router.ts';
import { describeSchedule, SCHEDULE_FIELDS, ScheduleFields, scheduleBody, scheduleOf, type ScheduleState } from './schedule-fields.tsx';
import { projectPath, useSession } from './session.ts';
import { StatusMessage } from './status-message.tsx';
import type { AwsAssembly, Connection, Region } from './types.ts';
import { useResource } from './use-resource.ts';

type Recovery = DrillPolicy['recovery'];
type Scope = NonNullable<Recovery['recoveryScope']>;
type Mode = NonNullable<Recovery['recoveryMode']>;
type Isolation = NonNullable<Recovery['isolation']>;
const OPEN_RUNS = new Set(['pending', 'recovering', 'resetting']);
const DRILL_FIELDS = ['name', 'description', 'resetAfterMinutes', 'recovery', ...SCHEDULE_FIELDS];
const SCOPES: readonly [Scope, string][] = [['same-region', 'same region'], ['cross-region', 'another region'], ['cross-zone', 'another zone'], ['cross-account', 'another account']];

/** Where a run recovers, as a list reads it: "cross-region → us-west-2 · isolated". */
function describeRecovery(r: Recovery, connections: readonly Connection[]): string {
  const where = r.recoveryScope === 'cross-region' ? ` → ${r.crossRegionConfiguration?.recoveryRegion ?? '?'}`
    : r.recoveryScope === 'cross-zone' ? ` → ${r.crossZoneConfiguration?.availabilityZone ?? 'the next zone'}`
      : r.recoveryScope === 'cross-account' ? ` → ${connections.find((c) => c.id === r.crossAccountConfiguration?.cloudConnectionId)?.name ?? `connection ${r.crossAccountConfiguration?.cloudConnectionId}`}` : '';
  return `${r.recoveryScope ?? 'same-region'}${where} · ${r.recoveryMode ?? 'rebuild'} · ${r.isolation ?? 'isolated'}`;
}

export function DrillPolicies({ assembly, connections, version, onStarted }: { assembly: AwsAssembly; connections: readonly Connection[]; version: number; onStarted(): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assembly.id };
  const list = useResource(() => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies', { params: { path, header: LIST } })), [session, assembly.id, version]);
  const [runs, setRuns] = useState<DrillPolicy | null>(null);
  const [started, setStarted] = useState<{ policy: string; text: string } | null>(null);
  const [runError, setRunError] = useState<unknown>(null);

  async function runNow(p: DrillPolicy) {
    setRunError(null);
    setStarted(null);
    try {
      const run = await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}/run', { params: { path: { ...path, id: p.id } } }));
      setStarted({ policy: p.name, text: `Run ${run.id} of ${p.name} started: ${run.status}${run.statusMessage ? ` (${run.statusMessage})` : ''}.` });
      setRuns(p);
      // The page follows the run's recovery: its list, its timeline, and the one-second refresh while it runs.
      onStarted();
    } catch (e) {
      setRunError(e);
    }
  }

  return (
    <PolicySection<DrillPolicy> kind="drills" title="Drill policies" rowAttribute="data-drill-policy" emptyText="No drill policy: drills run only when started."
      headers={['Drill', 'Schedule', 'Recovery']} list={list}
      row={(p) => (
        <>
          <td className="small">{describeSchedule(p)}</td>
          <td className="small drill-recovery">{describeRecovery(p.recovery, connections)} · reset after {p.resetAfterMinutes} min</td>
          <td><Badge status={p.status} tone={p.status === 'paused' ? 'idle' : undefined} /></td>
        </>
      )}
      actions={(p) => (
        <>
          <button type="button" className="secondary" onClick={() => void runNow(p)}>Run now<span className="visually-hidden"> {p.name}</span></button>
          <button type="button" className="secondary" aria-expanded={runs?.id === p.id} onClick={() => setRuns(runs?.id === p.id ? null : p)}>Runs<span className="visually-hidden"> of {p.name}</span></button>
        </>
      )}
      below={(
        <>
          <p className="notice small" role="status" data-started={started?.policy}>{started?.text ?? ''}</p>
          <Banner error={runError} />
          {runs && <DrillRuns key={`${runs.id}-${started?.text ?? ''}`} assemblyId={assembly.id} policy={runs} />}
        </>
      )}
      setStatus={(p, status) => ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}/status', { params: { path: { ...path, id: p.id } }, body: { status } }))}
      form={(policy, close) => <DrillForm assembly={assembly} connections={connections} policy={policy} onClose={close} />} />
  );
}

/** A policy's runs, newest first; polled every second while one is under way. */
function DrillRuns({ assemblyId, policy }: { assemblyId: number; policy: DrillPolicy }) {
  const session = useSession();
  const runs = useResource(() => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}/runs', {
    params: { path: { ...projectPath(session), cloudAssemblyId: assemblyId, id: policy.id }, header: { range: 'items=1-20' } },
  })), [session, assemblyId, policy.id], (data) => (data.some((r) => OPEN_RUNS.has(r.status)) ? 1000 : undefined));
  return (
    <div className="drill-runs">
      <h3>Runs of {policy.name}</h3>
      <Banner error={runs.error} />
      {!runs.data ? <p className="muted">Loading…</p> : !runs.data.length ? <p className="muted">No run yet.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label={`Runs of ${policy.name}`}>
            <thead><tr><th>Run</th><th>Status</th><th>Recovery</th><th>RTO</th><th>RPO</th><th>Outcome</th></tr></thead>
            <tbody>
              {runs.data.map((r) => (
                <tr key={r.id} data-run={r.id} data-status={r.status}>
                  <td className="small">#{r.id} · {r.trigger}<div className="muted">{when(r.startedAt ?? r.createdAt)}</div></td>
                  <td><Badge status={r.status} />{r.statusMessage && <div className="muted small"><StatusMessage text={r.statusMessage} links={r.recoveryId ? { failedResources: `${recoveryHref(assemblyId, r.recoveryId)}?show=failed` } : {}} /></div>}</td>
                  <td className="small recovery-cell">
                    {r.recoveryId ? <a href={recoveryHref(assemblyId, r.recoveryId)} onClick={onLinkClick}>{r.recoveryId}</a> : '—'}
                    {r.recoveryStatus && <div className="muted">recovery {r.recoveryStatus}{r.resetStatus ? ` · reset ${r.resetStatus}` : ''}{r.leftovers ? ` · ${r.leftovers} left over` : ''}</div>}
                  </td>
                  <td className="small rto"><span className="phone-label">RTO </span>{seconds(r.rtoSeconds)}</td>
                  <td className="small"><span className="phone-label">RPO </span>{seconds(r.rpoSeconds)}</td>
                  <td className="outcome">{r.outcome ? <Badge status={r.outcome} tone={r.outcome === 'passed' ? 'good' : 'bad'} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

interface DrillFormProps { assembly: AwsAssembly; connections: readonly Connection[]; onClose(saved: boolean): void }

/** A drill policy's editor, on the version read when it opened (a new one: a weekly drill, same region). */
function DrillForm({ assembly, connections, policy, onClose }: DrillFormProps & { policy?: DrillPolicy }) {
  const session = useSession();
  const current = useVersioned(policy ? () => answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}', {
    params: { path: { ...projectPath(session), cloudAssemblyId: assembly.id, id: policy.id } },
  })) : null);
  if (policy && !current.data) return current.error ? <Banner error={current.error} /> : <p className="muted">Loading…</p>;
  return <DrillFields key={current.data?.etag ?? 'new'} assembly={assembly} connections={connections} policy={current.data?.data} etag={current.data?.etag ?? null} onReload={current.reload} onClose={onClose} />;
}

function DrillFields({ assembly, connections, policy, etag, onReload, onClose }: DrillFormProps & { policy?: DrillPolicy; etag: string | null; onReload(): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assembly.id };
  const submit = useSubmit();
  // A recovery region is one of the connection's regions other than the source (its replicas first), as the recover form offers.
  const own = connections.find((c) => c.id === assembly.cloudConnectionId);
  const regions = [...new Set([...assembly.replicaRegions, ...(own?.operationalRegions ?? [])])].filter((r) => r !== assembly.sourceRegion);
  const others = connections.filter((c) => c.id !== assembly.cloudConnectionId);
  const r = policy?.recovery ?? {};
  const [name, setName] = useState(policy?.name ?? '');
  const [description, setDescription] = useState(policy?.description ?? '');
  const [schedule, setSchedule] = useState<ScheduleState>(scheduleOf(policy ?? { frequencyType: 'weekly', cronExpression: null, timeZone: 'UTC', frequencyDetails: { hours: [3], daysOfWeek: ['SATURDAY'] } }));
  const [resetAfter, setResetAfter] = useState(String(policy?.resetAfterMinutes ?? 60));
  const [scope, setScope] = useState<Scope>(r.recoveryScope ?? 'same-region');
  const [region, setRegion] = useState<string>(r.crossRegionConfiguration?.recoveryRegion ?? r.crossAccountConfiguration?.recoveryRegion ?? regions[0] ?? '');
  const [zone, setZone] = useState(r.crossZoneConfiguration?.availabilityZone ?? '');
  const [account, setAccount] = useState(String(r.crossAccountConfiguration?.cloudConnectionId ?? ''));
  const [mode, setMode] = useState<Mode>(r.recoveryMode ?? 'rebuild');
  const [isolation, setIsolation] = useState<Isolation>(r.isolation ?? 'isolated');

  function save() {
    const recovery: Recovery = {
      recoveryScope: scope, recoveryMode: mode, isolation,
      // The resources a run recovers are kept as they are (all, unless the API was told otherwise).
      ...(r.resourceFilterStrategy ? { resourceFilterStrategy: r.resourceFilterStrategy } : {}),
      ...(scope === 'cross-region' ? { crossRegionConfiguration: { recoveryRegion: region as Region } } : {}),
      ...(scope === 'cross-zone' && zone.trim() ? { crossZoneConfiguration: { availabilityZone: zone.trim() } } : {}),
      ...(scope === 'cross-account' ? { crossAccountConfiguration: { cloudConnectionId: Number(account), ...(region ? { recoveryRegion: region as Region } : {}) } } : {}),
    };
    const body = { name, description, ...scheduleBody(schedule), resetAfterMinutes: numberOrOmit(resetAfter), recovery } as NewDrillPolicy;
    return submit.run(() => (policy
      ? ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies/{id}', { params: { path: { ...path, id: policy.id }, header: ifMatch(etag) }, body }))
      : ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies', { params: { path }, body }))), () => onClose(true));
  }

  const { error } = submit;
  return (
    <FormPanel title={policy ? `Edit ${policy.name}` : 'New drill policy'} data="drill-policy" error={error} fields={DRILL_FIELDS} busy={submit.busy}
      submitText={policy ? 'Save the drill policy' : 'Create the drill policy'} conflictWhat="drill policy" onReload={onReload} onSubmit={save} onClose={() => onClose(false)}>
      <p className="hint">Each run recovers the latest successful protection as set below, validates it, and resets it afterwards.</p>
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <FieldError error={error} field="name" />
      <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <FieldError error={error} field="description" />
      <ScheduleFields idPrefix={`drill-${policy?.id ?? 'new'}`} value={schedule} onChange={setSchedule} error={error} />
      <fieldset>
        <legend>Recovery</legend>
        <label>Scope
          <select name="recoveryScope" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
            {SCOPES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        {(scope === 'cross-region' || scope === 'cross-account') && (
          <label>Recovery region
            <select name="recoveryRegion" value={region} onChange={(e) => setRegion(e.target.value)}>
              {!regions.includes(region) && <option value="">{scope === 'cross-account' ? 'the source region' : 'choose a region'}</option>}
              {regions.map((x) => <option key={x} value={x}>{x}{assembly.replicaRegions.includes(x) ? ' (has replicas)' : ''}</option>)}
            </select>
          </label>
        )}
        {scope === 'cross-zone' && <label>Availability zone (empty: each resource moves to the next zone)<input name="availabilityZone" value={zone} onChange={(e) => setZone(e.target.value)} /></label>}
        {scope === 'cross-account' && (
          <label>Account (cloud connection)
            <select name="cloudConnectionId" value={account} onChange={(e) => setAccount(e.target.value)}>
              <option value="">choose a connection</option>
              {others.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
            </select>
          </label>
        )}
        <label>Mode
          <select name="recoveryMode" value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
            <option value="rebuild">rebuild everything</option><option value="reuse-existing">reuse what exists</option><option value="use-source">use the source network</option>
          </select>
        </label>
        <label>Isolation
          <select name="isolation" value={isolation} onChange={(e) => setIsolation(e.target.value as Isolation)}>
            <option value="isolated">isolated: nothing outside the recovery is referenced</option><option value="as-captured">as captured: references to the source's own resources kept</option>
          </select>
        </label>
        <FieldError error={error} field="recovery" />
      </fieldset>
      <label>Reset after (minutes, 1–10080)<input name="resetAfterMinutes" type="number" value={resetAfter} onChange={(e) => setResetAfter(e.target.value)} /></label>
      <FieldError error={error} field="resetAfterMinutes" />
    </FormPanel>
  );
}
