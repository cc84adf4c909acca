// Cloud assemblies and their health: RPO status, the last protection and its outcome, the next scheduled run,
// the last drill and its measured RTO; searchable and sortable. Each links to its timeline.
import { useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, RUNNING, seconds, when } from './format.tsx';
import { onLinkClick, protectionHref, recoveryHref } from './router.ts';
import { projectPath, useSession } from './session.ts';
import { StatusMessage } from './status-message.tsx';
import type { Assembly, Recovery } from './types.ts';
import { useResource, type Resource } from './use-resource.ts';

export function useAssemblies(): Resource<Assembly[]> {
  const session = useSession();
  return useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/cloud-assemblies', {
      params: { path: projectPath(session), header: { range: 'items=1-1000' } },
    })),
    [session],
    (list) => (list.some((a) => RUNNING.has(a.lastProtection?.status ?? '')) ? 1500 : 15000),
  );
}

/** Per assembly: the next scheduled protection (the soonest of its enabled policies) and its latest recovery. */
export interface AssemblyHealth {
  readonly nextRunAt: string | null;
  readonly lastRecovery: Recovery | null;
  readonly runningRecoveries: readonly Recovery[];
}

export function useAssemblyHealth(assemblies: readonly Assembly[] | undefined): Resource<Map<number, AssemblyHealth>> {
  const session = useSession();
  const ids = (assemblies ?? []).map((a) => a.id);
  return useResource(async () => {
    const entries = await Promise.all(ids.map(async (id): Promise<[number, AssemblyHealth]> => {
      const path = { ...projectPath(session), cloudAssemblyId: id };
      const [policies, recoveries] = await Promise.all([
        ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies', { params: { path, header: { range: 'items=1-100' } } })).catch(() => []),
        ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries', { params: { path: { ...projectPath(session), cloudAssemblyId: id }, header: { range: 'items=1-50' } } }))
          .then((list) => list as Recovery[], () => [] as Recovery[]),
      ]);
      const next = policies.filter((p) => p.status === 'enabled' && p.nextRunAt).map((p) => p.nextRunAt!).sort()[0] ?? null;
      const newest = [...recoveries].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      return [id, { nextRunAt: next, lastRecovery: newest[0] ?? null, runningRecoveries: newest.filter((r) => RUNNING.has(r.recoveryStatus) || RUNNING.has(r.resetStatus ?? '')) }];
    }));
    return new Map(entries);
  }, [session, ids.join(',')], (m) => ([...m.values()].some((h) => h.runningRecoveries.length) ? 2000 : 30000));
}

type Sort = 'name' | 'rpo' | 'last-protection' | 'next-run';
const RPO_ORDER = { breached: 0, unknown: 1, met: 2 } as const;

export function AssemblyList({ assemblies, health }: { assemblies: Resource<Assembly[]>; health: Map<number, AssemblyHealth> | undefined }) {
  const [query, setQuery] = useState('');
  const [rpo, setRpo] = useState<'' | 'met' | 'breached' | 'unknown'>('');
  const [sort, setSort] = useState<Sort>('name');
  if (assemblies.error && !assemblies.data) return <Banner error={assemblies.error} />;
  if (!assemblies.data) return <p className="muted">Loading…</p>;
  if (!assemblies.data.length) return <p className="muted">No cloud assemblies yet.</p>;
  const q = query.trim().toLowerCase();
  const shown = assemblies.data
    .filter((a) => !q || a.name.toLowerCase().includes(q) || (a.cloudConnectionName ?? '').toLowerCase().includes(q) || a.description.toLowerCase().includes(q))
    .filter((a) => !rpo || a.rpoStatus === rpo)
    .sort((a, b) => {
      if (sort === 'rpo') return RPO_ORDER[a.rpoStatus] - RPO_ORDER[b.rpoStatus] || a.name.localeCompare(b.name);
      if (sort === 'last-protection') return (b.lastProtection?.at ?? '').localeCompare(a.lastProtection?.at ?? '');
      if (sort === 'next-run') return (health?.get(a.id)?.nextRunAt ?? '~').localeCompare(health?.get(b.id)?.nextRunAt ?? '~');
      return a.name.localeCompare(b.name);
    });
  return (
    <>
      <div className="filters">
        <label className="inline">Search assemblies<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name, connection" /></label>
        <label className="inline">RPO
          <select value={rpo} onChange={(e) => setRpo(e.target.value as typeof rpo)}>
            <option value="">any</option><option value="breached">breached</option><option value="met">met</option><option value="unknown">unknown</option>
          </select>
        </label>
        <label className="inline">Sort assemblies by
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="name">name</option><option value="rpo">RPO (breached first)</option><option value="last-protection">last protection</option><option value="next-run">next run</option>
          </select>
        </label>
      </div>
      {!shown.length ? <p className="muted">No assembly matches.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Cloud assemblies">
            <thead><tr><th>Name</th><th>Connection</th><th>RPO</th><th>Last protection</th><th>Next run</th><th>Last drill</th></tr></thead>
            <tbody>
              {shown.map((a) => {
                const h = health?.get(a.id);
                const drill = h?.lastRecovery;
                return (
                  <tr key={a.id} data-assembly={a.name}>
                    <td><a href={`/assemblies/${a.id}`} onClick={onLinkClick}><strong>{a.name}</strong></a> {a.status !== 'enabled' && <Badge status={a.status} />}{a.statusMessage && <div className="muted small"><StatusMessage text={a.statusMessage} links={{ selection: `/assemblies/${a.id}#edit-selection` }} /></div>}
                      <div className="muted small">{a.sourceRegion}{a.replicaRegions.length ? ` → ${a.replicaRegions.join(', ')}` : ''}</div></td>
                    <td className="small connection"><span className="phone-label">connection </span>{a.cloudConnectionName ?? a.cloudConnectionId}</td>
                    <td className="rpo"><span className="phone-label small">RPO </span><Badge status={a.rpoStatus} />{a.rpoTargetMinutes !== null && <div className="muted small">target {a.rpoTargetMinutes} min</div>}</td>
                    <td className="last-protection">
                      <span className="phone-label small">last protection </span>
                      {a.lastProtection
                        ? <><Badge status={a.lastProtection.status} /> <a className="small" href={protectionHref(a.id, a.lastProtection.id)} onClick={onLinkClick}>{when(a.lastProtection.at)}</a></>
                        : <span className="muted small">never</span>}
                    </td>
                    <td className="small next-run"><span className="phone-label">next run </span>{h ? (h.nextRunAt ? when(h.nextRunAt) : <span className="muted">no schedule</span>) : '…'}</td>
                    <td className="small last-drill">
                      <span className="phone-label">last drill </span>
                      {drill
                        ? <><Badge status={drill.recoveryStatus} /> <a href={recoveryHref(a.id, drill.id)} onClick={onLinkClick}>{drill.recoveryName}</a><div className="muted">RTO {seconds(drill.rtoSeconds ?? null)}</div></>
                        : <span className="muted">{h ? 'never' : '…'}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
