// The project's audit trail, newest first: every write, allowed or refused.
import { useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, when } from './format.tsx';
import { projectPath, useSession } from './session.ts';
import { useResource } from './use-resource.ts';

const PAGE = 50;

export function EventsPage() {
  const session = useSession();
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<'' | 'success' | 'failure'>('');
  const events = useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/events', {
      params: { path: projectPath(session), query: result ? { result } : {}, header: { range: `items=${page * PAGE + 1}-${(page + 1) * PAGE}` } },
    })),
    [session, page, result],
    () => (page === 0 ? 5000 : undefined),
  );

  return (
    <section>
      <div className="section-head">
        <h2>Audit events</h2>
        <select aria-label="Result" value={result} onChange={(e) => { setResult(e.target.value as typeof result); setPage(0); }}>
          <option value="">all results</option><option value="success">allowed</option><option value="failure">refused or failed</option>
        </select>
      </div>
      <Banner error={events.error} />
      {!events.data ? <p className="muted">Loading…</p> : !events.data.length ? <p className="muted">No events.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Audit events">
            <thead><tr><th>When</th><th>Who</th><th>What</th><th>Target</th><th>Result</th></tr></thead>
            <tbody>
              {events.data.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td className="small">{when(e.createdAt)}</td>
                  <td className="small">{e.actorName || e.actor}</td>
                  <td><strong>{e.action}</strong><div className="muted small">{e.method} {e.path}</div></td>
                  <td className="small">{e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '—'}</td>
                  <td><Badge status={e.result} /> <span className="small muted">{e.statusCode}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="buttons">
        <button type="button" className="secondary" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Newer</button>
        <button type="button" className="secondary" disabled={(events.data?.length ?? 0) < PAGE} onClick={() => setPage((p) => p + 1)}>Older</button>
      </div>
    </section>
  );
}
