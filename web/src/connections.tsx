// Cloud connections: their status and connectivity, refreshed while a verification or sync is under way; searched
// (name, description, status, account, region) and sorted (by name, or those with a problem first).
import { useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, toneOf, when } from './format.tsx';
import { onLinkClick } from './router.ts';
import { projectPath, useSession } from './session.ts';
import { StatusMessage } from './status-message.tsx';
import type { Connection } from './types.ts';
import type { Resource } from './use-resource.ts';
import { useResource } from './use-resource.ts';

export function useConnections(): Resource<Connection[]> {
  const session = useSession();
  return useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections', {
      params: { path: projectPath(session), header: { range: 'items=1-1000' } },
    })),
    [session],
    (list) => (list.some((c) => c.connectivityStatus === 'pending' || c.syncStatus === 'queued' || c.syncStatus === 'running') ? 1000 : undefined),
  );
}

const PROBLEM = (c: Connection) => (c.connectivityStatus !== 'success' || c.status !== 'enabled' ? 0 : 1);

export function ConnectionList({ connections }: { connections: Resource<Connection[]> }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<'name' | 'problems'>('name');
  if (connections.error && !connections.data) return <Banner error={connections.error} />;
  if (!connections.data) return <p className="muted">Loading…</p>;
  if (!connections.data.length) return <p className="muted">No cloud connections yet.</p>;
  const q = query.trim().toLowerCase();
  const shown = connections.data
    .filter((c) => !q || [c.name, c.description, c.status, c.connectivityStatus ?? '', c.awsAccountId ?? '', ...c.operationalRegions].some((text) => text.toLowerCase().includes(q)))
    .sort((a, b) => (sort === 'problems' ? PROBLEM(a) - PROBLEM(b) : 0) || a.name.localeCompare(b.name));
  return (
    <>
      <div className="filters">
        <label className="inline">Search connections<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name, status, region" /></label>
        <label className="inline">Sort connections by
          <select value={sort} onChange={(e) => setSort(e.target.value as typeof sort)}><option value="name">name</option><option value="problems">problems first</option></select>
        </label>
      </div>
      {!shown.length ? <p className="muted">No connection matches.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Cloud connections">
            <thead><tr><th>Name</th><th>Status</th><th>Connectivity</th><th>Regions</th><th>Last sync</th></tr></thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.id} data-connection={c.name}>
                  <td className="name"><a href={`/connections/${c.id}`} onClick={onLinkClick}><strong>{c.name}</strong></a>{c.description && <div className="muted small">{c.description}</div>}</td>
                  <td className="status"><Badge status={c.status} tone={toneOf(c.status) === 'good' && c.connectivityStatus !== 'success' ? 'idle' : undefined} />{c.statusMessage && <div className="muted small"><StatusMessage text={c.statusMessage} links={{ deletionProtection: `/connections/${c.id}#deletion-protection` }} /></div>}</td>
                  <td className="connectivity"><Badge status={c.connectivityStatus} />{c.connectivityMessage && <div className="muted small">{c.connectivityMessage}</div>}</td>
                  <td className="small">{c.operationalRegions.join(', ')}</td>
                  <td className="small last-sync">{c.syncStatus !== 'idle' ? c.syncStatus : c.lastSync ? <><span className="phone-label">synced </span>{when(c.lastSync)}</> : <span className="muted">not synced yet</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
