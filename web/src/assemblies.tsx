// Cloud assemblies with their last protection; each links to its timeline.
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, RUNNING, when } from './format.tsx';
import { onLinkClick } from './router.ts';
import { projectPath, useSession } from './session.ts';
import type { Assembly } from './types.ts';
import { useResource, type Resource } from './use-resource.ts';

export function useAssemblies(): Resource<Assembly[]> {
  const session = useSession();
  return useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/cloud-assemblies', {
      params: { path: projectPath(session), header: { range: 'items=1-1000' } },
    })),
    [session],
    (list) => (list.some((a) => RUNNING.has(a.lastProtection?.status ?? '')) ? 1500 : undefined),
  );
}

export function AssemblyList({ assemblies }: { assemblies: Resource<Assembly[]> }) {
  if (assemblies.error && !assemblies.data) return <Banner error={assemblies.error} />;
  if (!assemblies.data) return <p className="muted">Loading…</p>;
  if (!assemblies.data.length) return <p className="muted">No cloud assemblies yet.</p>;
  return (
    <div className="table-wrap">
      <table className="list" aria-label="Cloud assemblies">
        <thead><tr><th>Name</th><th>Status</th><th>Connection</th><th>Regions</th><th>Last protection</th></tr></thead>
        <tbody>
          {assemblies.data.map((a) => (
            <tr key={a.id} data-assembly={a.name}>
              <td><a href={`/assemblies/${a.id}`} onClick={onLinkClick}><strong>{a.name}</strong></a></td>
              <td><Badge status={a.status} /></td>
              <td className="small">{a.cloudConnectionName ?? a.cloudConnectionId}</td>
              <td className="small">{a.sourceRegion}{a.replicaRegions.length ? ` → ${a.replicaRegions.join(', ')}` : ''}</td>
              <td className="last-protection">
                {a.lastProtection ? <><Badge status={a.lastProtection.status} /> <span className="small muted">{when(a.lastProtection.at)}</span></> : <span className="muted small">never</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
