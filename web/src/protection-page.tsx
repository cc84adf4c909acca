// One protection: what it captured and how each resource fared (snapshot, replica copies per region, the
// error of a failed one), whether a resource was selected or pulled in as a dependency; cancel and lock.
import { useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, RUNNING, toneOf, when } from './format.tsx';
import { resourceLinks } from './protections.tsx';
import { onLinkClick, protectionHref, replaceSearch, useSearch } from './router.ts';
import { projectPath, useSession } from './session.ts';
import { StatusMessage } from './status-message.tsx';
import type { ProtectedResource } from './types.ts';
import { useResource } from './use-resource.ts';

const FILTERS = ['all', 'failed', 'data', 'dependency'] as const;
type Filter = typeof FILTERS[number];

export function ProtectionPage({ assemblyId, protectionId }: { assemblyId: number; protectionId: string }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId, protectionId };
  const state = useResource(async () => {
    const [protection, assembly] = await Promise.all([
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}', { params: { path } })),
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}', { params: { path: { ...projectPath(session), cloudAssemblyId: assemblyId } } })),
    ]);
    return { protection, assembly };
  }, [session, assemblyId, protectionId], (d) => (RUNNING.has(d.protection.status) ? 1000 : undefined));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Which resources show is in the URL (?show=failed): the links of a status message open the page filtered.
  const show = new URLSearchParams(useSearch()).get('show');
  const filter: Filter = FILTERS.includes(show as Filter) ? show as Filter : 'all';
  const setFilter = (f: Filter) => replaceSearch(f === 'all' ? '' : `?show=${f}`);

  async function act(what: 'cancel' | 'lock' | 'unlock') {
    setBusy(true);
    setError(null);
    try {
      if (what === 'cancel') await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}/cancel', { params: { path } }));
      else await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections/{protectionId}/lock', { params: { path }, body: { locked: what === 'lock' } }));
      state.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!state.data) return state.error ? <><h1>Protection</h1><Banner error={state.error} /></> : <p className="muted">Loading…</p>;
  const { protection: p, assembly } = state.data;
  const running = RUNNING.has(p.status);
  const shown = p.resources.filter((r) => filter === 'all' || (filter === 'failed' ? r.snapshotStatus === 'failed' || !!r.error || Object.values(r.replicas).some((c) => c.status === 'failed')
    : filter === 'data' ? r.dataResource : r.captureReason === 'dependency'));
  const failedCount = p.resources.filter((r) => r.snapshotStatus === 'failed' || !!r.error).length;
  return (
    <>
      <p className="small"><a href={`/assemblies/${assemblyId}`} onClick={onLinkClick}>← {assembly.name}</a></p>
      <div className="section-head">
        <h1>Protection of {when(p.timestamp)} <Badge status={p.status} /></h1>
        <div className="buttons">
          {running && <button type="button" className="secondary" disabled={busy || p.cancelRequested} onClick={() => void act('cancel')}>{p.cancelRequested ? 'Cancelling…' : 'Cancel'}</button>}
          <button type="button" className="secondary" disabled={busy} onClick={() => void act(p.locked ? 'unlock' : 'lock')} aria-pressed={p.locked}>{p.locked ? 'Unlock' : 'Lock (never pruned)'}</button>
        </div>
      </div>
      <Banner error={error} />
      {state.error ? <Banner error={state.error} /> : null}
      <dl className="facts">
        <div><dt>Status</dt><dd className="protection-status">{p.status}{p.statusMessage ? ' · ' : ''}<StatusMessage text={p.statusMessage} links={resourceLinks(protectionHref(assemblyId, p.id))} /></dd></div>
        <div><dt>Snapshots</dt><dd aria-live="polite">
          {running && <progress max={Math.max(p.dataResourceCount, 1)} value={p.snapshotsCompleted + p.snapshotsFailed} aria-label="Snapshots done" />}{' '}
          {p.snapshotsCompleted} of {p.dataResourceCount} completed{p.snapshotsFailed ? `, ${p.snapshotsFailed} failed` : ''}
        </dd></div>
        <div><dt>Resources</dt><dd className="resource-count">{p.resourceCount} selected{p.dependencyCount ? `, and ${p.dependencyCount} ${p.dependencyCount === 1 ? 'dependency' : 'dependencies'} outside the selection (configuration only)` : ''}</dd></div>
        <div><dt>Trigger</dt><dd>{p.trigger}{p.scheduledFor ? ` (scheduled for ${when(p.scheduledFor)})` : ''} · by {p.createdBy}</dd></div>
        <div><dt>Ran</dt><dd>{when(p.startedAt)} → {when(p.finishedAt)}</dd></div>
        <div><dt>Replicas</dt><dd>{p.replicaRegions.length ? p.replicaRegions.join(', ') : 'none'}</dd></div>
        <div><dt>Locked</dt><dd className="locked">{p.locked ? 'yes: never pruned' : 'no'}</dd></div>
        <div><dt>Id</dt><dd className="mono">{p.id}</dd></div>
      </dl>
      <section>
        <div className="section-head">
          <h2>Resources</h2>
          <label className="inline">Show
            <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
              <option value="all">all ({p.resources.length})</option>
              <option value="failed">with an error ({failedCount})</option>
              <option value="data">data resources ({p.dataResourceCount})</option>
              <option value="dependency">captured as dependencies ({p.dependencyCount})</option>
            </select>
          </label>
        </div>
        {shown.length ? <ResourceTable resources={shown} replicaRegions={p.replicaRegions} /> : <p className="muted">None.</p>}
      </section>
    </>
  );
}

function ResourceTable({ resources, replicaRegions }: { resources: readonly ProtectedResource[]; replicaRegions: readonly string[] }) {
  return (
    <div className="table-wrap">
      <table className="list" aria-label="Protected resources">
        <thead><tr><th>Resource</th><th>Type</th><th>Captured</th><th>Snapshot</th>{replicaRegions.length ? <th>Replica copies</th> : null}<th>Error</th></tr></thead>
        <tbody>
          {resources.map((r) => (
            <tr key={r.resourceId} data-resource={r.resourceId} data-snapshot-status={r.snapshotStatus}>
              <td className="wide"><strong>{r.name || r.resourceId}</strong><div className="muted small mono">{r.resourceId}</div>
                <details className="small"><summary>configuration</summary><pre className="config">{JSON.stringify(r.configuration, null, 2)}</pre>
                  {Object.keys(r.tags).length ? <p className="muted">tags: {Object.entries(r.tags).map(([k, v]) => `${k}=${v}`).join(', ')}</p> : null}
                  <p className="muted mono">{r.arn}</p></details>
              </td>
              <td className="small nowrap">{r.type}<div className="muted">{r.region}</div></td>
              <td className="small captured">{r.captureReason === 'selected' ? 'selected' : 'as a dependency'}{r.captureNote && <div className="muted">{r.captureNote}</div>}</td>
              <td className="small snapshot">
                {r.snapshotStatus === 'not-applicable' ? <span className="muted">no data</span> : <Badge status={r.snapshotStatus} />}
                {r.snapshotId && <div className="mono snapshot-id">{r.snapshotId}</div>}
              </td>
              {replicaRegions.length ? (
                <td className="small replicas">
                  {Object.keys(r.replicas).length === 0 ? <span className="muted">—</span> : (
                    <ul className="plain">
                      {Object.entries(r.replicas).map(([region, copy]) => (
                        <li key={region} data-region={region} data-status={copy.status}>
                          {region}: <span className={`badge tone-${toneOf(copy.status)}`}>{copy.status}</span>
                          {copy.snapshotId && <div className="mono">{copy.snapshotId}</div>}
                          {copy.error && <div className="error-text">{copy.error}</div>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ) : null}
              <td className="small error-cell">{r.error ? <span className="error-text">{r.error}</span> : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
