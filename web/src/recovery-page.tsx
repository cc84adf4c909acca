// One recovery: its pre-flight checks, every resource in plan order from source to recovered (ids, ARNs,
// action, status, error, the references isolation dropped), the validation, the measured RTO and RPO, the
// printable drill report, and the reset with its leftovers; cancel while it runs, reset once it has ended.
import { useRef, useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, RUNNING, seconds, toneOf, when } from './format.tsx';
import { onLinkClick, protectionHref, recoveryHref, replaceSearch, useSearch } from './router.ts';
import { projectPath, useSession } from './session.ts';
import { StatusMessage } from './status-message.tsx';
import type { DrillReport, RecoveredResource, RecoveryDetails } from './types.ts';
import { useResource } from './use-resource.ts';

const CHECK_TONE = { passed: 'good', warning: 'warn', failed: 'bad', skipped: 'idle' } as const;

export function RecoveryPage({ assemblyId, recoveryId }: { assemblyId: number; recoveryId: string }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId, id: recoveryId };
  const state = useResource(async () => {
    const [recovery, assembly] = await Promise.all([
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}', { params: { path } })),
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}', { params: { path: { ...projectPath(session), cloudAssemblyId: assemblyId } } })),
    ]);
    const ids = [...new Set([assembly.cloudConnectionId, recovery.targetCloudConnectionId])];
    const names = new Map<number, string>();
    await Promise.all(ids.map(async (id) => {
      try {
        const c = await ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}', { params: { path: { ...projectPath(session), id } } }));
        names.set(id, c.name);
      } catch { /* a connection this token cannot read keeps its id */ }
    }));
    // The report carries the reset's leftovers (what is still tagged with the recovery): read once a reset has ended.
    const report = recovery.resetStatus === 'completed' || recovery.resetStatus === 'failed'
      ? await ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/report', { params: { path } }))
        .then((answer) => answer as Exclude<DrillReport, string>, () => null)
      : null;
    return { recovery, assembly, names, report };
  }, [session, assemblyId, recoveryId], (d) => (RUNNING.has(d.recovery.recoveryStatus) || RUNNING.has(d.recovery.resetStatus ?? '') || d.recovery.validation?.status === 'running' ? 1000 : undefined));
  // The protection it restored, named by its time (read once: it does not change under a recovery).
  const protectionId = state.data?.recovery.protectionId;
  const source = useResource(async () => (protectionId ? ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}', {
    params: { path: { ...projectPath(session), cloudAssemblyId: assemblyId, protectionId } },
  })) : null), [session, assemblyId, protectionId]);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  // ?show=failed: only what did not come back (the link of the recovery's message opens the page so).
  const onlyFailed = new URLSearchParams(useSearch()).get('show') === 'failed';

  async function act(what: 'cancel' | 'reset') {
    setBusy(true);
    setError(null);
    try {
      if (what === 'reset') await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/reset', { params: { path } }));
      else await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/cancel', { params: { path } }));
      setConfirming(false);
      state.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function openReport() {
    // The report needs the token, which a plain link would not carry: fetched here, shown from a blob in a new tab.
    const tab = window.open('', '_blank');
    setError(null);
    try {
      const { data, response } = await session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/report', {
        params: { path }, headers: { accept: 'text/html' }, parseAs: 'text',
      });
      if (!response.ok) throw new Error(`The report could not be read (HTTP ${response.status}).`);
      const url = URL.createObjectURL(new Blob([data as string], { type: 'text/html' }));
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch (e) {
      tab?.close();
      setError(e);
    }
  }

  if (!state.data) return state.error ? <><h1>Recovery</h1><Banner error={state.error} /></> : <p className="muted">Loading…</p>;
  const { recovery: r, assembly, names, report } = state.data;
  const running = RUNNING.has(r.recoveryStatus);
  const canReset = !running && (r.resetStatus === null || r.resetStatus === 'failed');
  const resources = [...r.resources].sort((a, b) => a.order - b.order);
  const notRecovered = resources.filter((x) => x.status === 'failed' || x.status === 'skipped');
  const connection = (id: number) => names.get(id) ?? `connection ${id}`;
  const done = r.recoveredCount + r.failedCount + r.skippedCount + r.mappedCount;
  return (
    <>
      <p className="small"><a href={`/assemblies/${assemblyId}`} onClick={onLinkClick}>← {assembly.name}</a></p>
      <div className="section-head">
        <h1>Recovery {r.recoveryName} <Badge status={r.recoveryStatus} /></h1>
        <div className="buttons">
          {running && <button type="button" className="secondary" disabled={busy || r.cancelRequested} onClick={() => void act('cancel')}>{r.cancelRequested ? 'Cancelling…' : 'Cancel'}</button>}
          {!running && <button type="button" className="secondary" onClick={() => void openReport()}>Open the drill report</button>}
          {canReset && !confirming && <button type="button" ref={resetButton} onClick={() => setConfirming(true)}>{r.resetStatus === 'failed' ? 'Reset again' : 'Reset'}</button>}
        </div>
      </div>
      {confirming && (
        <div className="card confirm" role="alertdialog" aria-label="Confirm the reset">
          Delete everything this recovery created in {connection(r.targetCloudConnectionId)} ({r.targetRegion})?{' '}
          <button type="button" className="danger" autoFocus disabled={busy} onClick={() => void act('reset')}>Delete it</button>{' '}
          <button type="button" className="secondary" onClick={() => { setConfirming(false); requestAnimationFrame(() => resetButton.current?.focus()); }}>Keep it</button>
        </div>
      )}
      <Banner error={error} />
      {state.error ? <Banner error={state.error} /> : null}
      {(r.recoveryErrorMessage || r.statusMessage) && <p className={r.recoveryStatus === 'failed' ? 'error-text' : 'muted'}><StatusMessage text={r.recoveryErrorMessage ?? r.statusMessage} links={{ failedResources: `${recoveryHref(assemblyId, r.id)}?show=failed` }} /></p>}
      <dl className="facts">
        <div><dt>Progress</dt><dd aria-live="polite" className="progress-line">
          {running && <progress max={Math.max(r.resourceCount, 1)} value={done} aria-label="Resources done" />}{' '}
          {r.recoveredCount} recovered, {r.mappedCount} mapped, {r.failedCount} failed, {r.skippedCount} skipped of {r.resourceCount}
        </dd></div>
        <div><dt>Measured RTO</dt><dd className="rto">{seconds(r.rtoSeconds)}</dd></div>
        <div><dt>Measured RPO</dt><dd className="rpo">{seconds(r.rpoSeconds)}</dd></div>
        <div><dt>From</dt><dd><a className="source-protection" href={protectionHref(assemblyId, r.protectionId)} onClick={onLinkClick}>the protection of {source.data ? when(source.data.timestamp) : r.protectionId}</a></dd></div>
        <div><dt>Into</dt><dd>{connection(r.targetCloudConnectionId)} · {r.targetRegion}{r.targetAvailabilityZone ? ` (${r.targetAvailabilityZone})` : ''}</dd></div>
        <div><dt>How</dt><dd>{r.recoveryScope} · {r.recoveryMode} · {r.isolation}{r.forced ? ' · forced past failed checks' : ''}{r.configurationOnly ? ' · configuration only' : ''}</dd></div>
        <div><dt>Ran</dt><dd>{when(r.recoveryStartTime ?? r.startedAt)} → {when(r.recoveryEndTime ?? r.finishedAt)} · by {r.createdBy}</dd></div>
        <div><dt>Id</dt><dd className="mono">{r.id}</dd></div>
      </dl>
      <section>
        <h2>Pre-flight checks</h2>
        {r.checks.length === 0 ? <p className="muted">None recorded.</p> : (
          <ul className="checks" aria-label="Pre-flight checks">
            {r.checks.map((c) => (
              <li key={c.name} data-check={c.name} data-status={c.status} className={c.status === 'failed' ? 'check-failed' : undefined}>
                <span className={`badge tone-${CHECK_TONE[c.status]}`}>{c.status}</span> <strong>{c.name}</strong>: {c.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <div className="section-head">
          <h2>Resources, in plan order</h2>
          <label className="inline">Show
            <select value={onlyFailed ? 'failed' : 'all'} onChange={(e) => replaceSearch(e.target.value === 'failed' ? '?show=failed' : '')}>
              <option value="all">all ({resources.length})</option>
              <option value="failed">not recovered ({notRecovered.length})</option>
            </select>
          </label>
        </div>
        <RecoveredTable resources={onlyFailed ? notRecovered : resources} />
      </section>
      <section>
        <h2>Validation {r.validation ? <Badge status={validationStatus(r.validation.status)} /> : null}</h2>
        {!r.validation ? <p className="muted">Not run.</p> : (
          <ul className="checks" aria-label="Validation checks">
            {r.validation.checks.map((c) => (
              <li key={c.name} data-check={c.name} data-status={c.status} className={c.status === 'failed' ? 'check-failed' : undefined}>
                <span className={`badge tone-${CHECK_TONE[c.status]}`}>{c.status}</span> <strong>{c.name}</strong>: {c.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="reset" data-reset-status={r.resetStatus ?? 'not-run'}>
        <h2>Reset {r.resetStatus ? <Badge status={r.resetStatus} /> : null}</h2>
        {!r.resetStatus ? <p className="muted">{r.resetDueAt ? `Resets by itself at ${when(r.resetDueAt)}.` : 'Not reset: what the recovery created is still there.'}</p> : (
          <>
            <p aria-live="polite">{r.resetDeletedCount} deleted · asked {when(r.resetRequestedAt)}{r.resetRequestedBy ? ` by ${r.resetRequestedBy}` : ''}{r.resetFinishedAt ? ` · ended ${when(r.resetFinishedAt)}` : ''}</p>
            {r.resetMessage && <p className={r.resetStatus === 'failed' ? 'error-text' : 'muted'}>{r.resetMessage}</p>}
            <Leftovers report={report} />
          </>
        )}
      </section>
    </>
  );
}

function validationStatus(status: NonNullable<RecoveryDetails['validation']>['status']): string {
  return status === 'running' ? 'in-progress' : status === 'passed' ? 'completed' : status;
}

function Leftovers({ report }: { report: Exclude<DrillReport, string> | null }) {
  if (!report) return null;
  const { leftovers, leftoversError } = report.reset;
  if (leftoversError) return <p className="error-text">Leftovers could not be counted: {leftoversError}</p>;
  if (!leftovers) return null;
  return (
    <div className="leftovers">
      <p><strong>Leftovers: {leftovers.count}</strong> <span className="muted small">(resources still tagged with this recovery in {leftovers.regions.join(', ')})</span></p>
      {leftovers.resources.length > 0 && (
        <ul>{leftovers.resources.map((l) => <li key={l.arn} className="small"><span className="mono">{l.resourceId}</span> · {l.type} · {l.region}</li>)}</ul>
      )}
    </div>
  );
}

function RecoveredTable({ resources }: { resources: readonly RecoveredResource[] }) {
  if (!resources.length) return <p className="muted">No resources.</p>;
  return (
    <div className="table-wrap">
      <table className="list" aria-label="Recovered resources">
        <thead><tr><th>#</th><th>Source</th><th>Action</th><th>Status</th><th>Recovered</th><th>Error and notes</th></tr></thead>
        <tbody>
          {resources.map((x) => (
            <tr key={x.sourceResourceId} data-source={x.sourceResourceId} data-status={x.status} data-action={x.action}>
              <td>{x.order}</td>
              <td className="wide"><strong>{x.name || x.sourceResourceId}</strong><div className="muted small">{x.type} · {x.sourceRegion}</div><div className="mono small">{x.sourceResourceId}</div></td>
              <td><span className={`badge tone-${x.action === 'blocked' ? 'bad' : 'idle'}`}>{x.action}</span></td>
              <td><span className={`badge tone-${toneOf(resourceTone(x.status))}`}>{x.status}</span>{x.durationSeconds !== null ? <div className="muted small">{seconds(x.durationSeconds)}</div> : null}</td>
              <td className="small recovered">
                <span className="muted" aria-hidden="true">→ </span>{x.recoveredResourceId ? <span className="mono recovered-id">{x.recoveredResourceId}</span> : <span className="muted">not recovered</span>}
                {x.recoveredArn && <div className="mono muted recovered-arn">{x.recoveredArn}</div>}
              </td>
              <td className="small">
                {x.error && <div className="error-text">{x.error}</div>}
                {x.note && <div className="muted">{x.note}</div>}
                {x.transfer?.error && <div className="error-text">snapshot transfer: {x.transfer.error}</div>}
                {x.droppedReferences.length > 0 && (
                  <details className="dropped"><summary>{x.droppedReferences.length} reference{x.droppedReferences.length > 1 ? 's' : ''} dropped</summary>
                    <ul className="plain">{x.droppedReferences.map((d) => <li key={`${d.field}:${d.reference}`}><span className="mono">{d.field}</span> → <span className="mono">{d.reference}</span>: {d.reason}</li>)}</ul>
                  </details>
                )}
                {!x.error && !x.note && !x.droppedReferences.length && !x.transfer?.error ? <span className="muted">—</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function resourceTone(status: RecoveredResource['status']): string {
  return status === 'recovered' || status === 'mapped' ? 'completed' : status;
}
