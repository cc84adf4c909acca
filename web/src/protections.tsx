// The latest protections with their progress (snapshots done of the data resources).
import { Badge, RUNNING, when } from './format.tsx';
import { onLinkClick, protectionHref } from './router.ts';
import { StatusMessage } from './status-message.tsx';
import type { Protection } from './types.ts';

export function ProtectionList({ assemblyId, protections }: { assemblyId: number; protections: readonly Protection[] }) {
  if (!protections.length) return <p className="muted">Not protected yet: “Protect now” takes the first one.</p>;
  return (
    <div className="table-wrap">
      <table className="list" aria-label="Protections">
        <thead><tr><th>When</th><th>Status</th><th>Progress</th><th>Trigger</th></tr></thead>
        <tbody>
          {protections.slice(0, 10).map((p) => (
            <tr key={p.id} data-protection={p.id} data-status={p.status}>
              <td className="small"><a href={protectionHref(assemblyId, p.id)} onClick={onLinkClick}>{when(p.timestamp)}</a>{p.locked ? <span className="muted"> · locked</span> : null}</td>
              <td><Badge status={p.status} />{p.statusMessage && <div className="muted small"><StatusMessage text={p.statusMessage} links={resourceLinks(protectionHref(assemblyId, p.id))} /></div>}</td>
              <td className="small">
                {RUNNING.has(p.status) && <progress max={Math.max(p.dataResourceCount, 1)} value={p.snapshotsCompleted + p.snapshotsFailed} />}
                {' '}{p.snapshotsCompleted}/{p.dataResourceCount} snapshots{p.snapshotsFailed ? `, ${p.snapshotsFailed} failed` : ''} · {p.resourceCount} resources{p.dependencyCount ? ` + ${p.dependencyCount} ${p.dependencyCount === 1 ? 'dependency' : 'dependencies'}` : ''}
              </td>
              <td className="small">{p.trigger}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where a protection's message points: its page, showing only the failed resources or only the dependencies. */
export function resourceLinks(href: string) {
  return { failedResources: `${href}?show=failed`, dependencies: `${href}?show=dependency` };
}
