// The project's audit trail, newest first: every write, allowed or refused, read as an operator would say it
// ("Start recovery" by ops-bot, refused: lacks the permission), with a link to what it was about.
import { useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, when } from './format.tsx';
import { onLinkClick, protectionHref, recoveryHref } from './router.ts';
import { projectPath, useSession } from './session.ts';
import type { AuditEvent } from './types.ts';
import { useResource } from './use-resource.ts';

const PAGE = 50;
const WORDS: Record<string, string> = { Aws: 'AWS', Iam: 'IAM', Rpo: 'RPO', Rto: 'RTO', Sim: 'simulated', Ccaas: 'network' };

/** An operation id as words: createAwsCloudConnection → "Create AWS cloud connection". */
export function readableAction(action: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(action)) return action;
  const words = action.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ');
  return words.map((w, i) => WORDS[w] ?? (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w.toLowerCase())).join(' ');
}

/** Why a write was refused or failed, guessed from its status code: for events recorded before the server kept
 * its answer (reason), which is shown instead whenever there is one. */
export function refusalReason(status: number): string {
  if (status === 400 || status === 422) return 'the request was invalid';
  if (status === 401) return 'not signed in (a missing or revoked token)';
  if (status === 403) return 'the token lacks the permission';
  if (status === 404) return 'what it named does not exist';
  if (status === 409) return 'a conflict: something runs already, or the name is taken, or it is in use';
  if (status === 412) return 'it changed meanwhile (a stale ETag)';
  if (status === 423) return 'it is locked';
  if (status === 429) return 'too many requests';
  if (status >= 500) return 'the server failed';
  return `HTTP ${status}`;
}

type Names = { assemblies: Map<string, string>; connections: Map<string, string> };

function Target({ e, names }: { e: AuditEvent; names: Names }) {
  if (!e.targetType) return <span className="muted">—</span>;
  // A write under a protection or recovery (lock, cancel, reset) names it in its path rather than as the target id.
  const id = e.targetId ?? /\/(?:protections|recoveries)\/((?:prot|rec)-[^/]+)/.exec(e.path)?.[1] ?? '';
  const assembly = /\/cloud-assemblies\/(\d+)/.exec(e.path)?.[1];
  let href: string | null = null;
  let label = `${e.targetType.replace(/-/g, ' ')} ${id}`;
  if (e.targetType === 'cloud-assembly' && /^\d+$/.test(id)) {
    href = `/assemblies/${id}`;
    label = `assembly ${names.assemblies.get(id) ?? id}`;
  } else if (e.targetType === 'protection' && assembly && id) {
    href = protectionHref(Number(assembly), id);
    label = `protection of ${names.assemblies.get(assembly) ?? `assembly ${assembly}`}`;
  } else if (e.targetType === 'recovery' && assembly && id) {
    href = recoveryHref(Number(assembly), id);
    label = `recovery of ${names.assemblies.get(assembly) ?? `assembly ${assembly}`}`;
  } else if (e.targetType === 'cloud-connection' && /^\d+$/.test(id)) {
    href = `/connections/${id}`;
    label = `connection ${names.connections.get(id) ?? id}`;
  }
  if (href && e.result === 'success') return <a href={href} onClick={onLinkClick} className="target">{label}</a>;
  return <span className="target">{label}</span>;
}

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
  // Names for the targets: the project's assemblies and connections (a viewer without them sees ids).
  const names = useResource(async (): Promise<Names> => {
    const [assemblies, connections] = await Promise.all([
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/cloud-assemblies', { params: { path: projectPath(session), header: { range: 'items=1-1000' } } })).catch(() => []),
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections', { params: { path: projectPath(session), header: { range: 'items=1-1000' } } })).catch(() => []),
    ]);
    return { assemblies: new Map(assemblies.map((a) => [String(a.id), a.name])), connections: new Map(connections.map((c) => [String(c.id), c.name])) };
  }, [session]);
  const known = names.data ?? { assemblies: new Map(), connections: new Map() };

  return (
    <section>
      <div className="section-head">
        <h1>Audit events</h1>
        <select aria-label="Result" value={result} onChange={(e) => { setResult(e.target.value as typeof result); setPage(0); }}>
          <option value="">all results</option><option value="success">allowed</option><option value="failure">refused or failed</option>
        </select>
      </div>
      <Banner error={events.error} />
      {!events.data ? <p className="muted">Loading…</p> : !events.data.length ? <p className="muted">No events.</p> : (
        <div className="table-wrap">
          <table className="list events" aria-label="Audit events">
            <thead><tr><th>When</th><th>Who</th><th>What</th><th>Target</th><th>Result</th></tr></thead>
            <tbody>
              {events.data.map((e) => (
                <tr key={e.id} data-action={e.action} data-result={e.result}>
                  <td className="small">{when(e.createdAt)}</td>
                  <td className="small actor" title={e.actor}>{e.actorName || e.actor}</td>
                  <td><strong className="action">{e.action === 'startAwsCloudAssemblyRecovery' && e.statusCode === 200 ? 'Plan AWS cloud assembly recovery (dry run)' : readableAction(e.action)}</strong><div className="muted small path">{e.method} {e.path}</div></td>
                  <td className="small"><Target e={e} names={known} /></td>
                  <td>
                    <Badge status={e.result} /> <span className="small muted">{e.statusCode}</span>
                    {e.result === 'failure' && (
                      <div className="small error-text reason" data-reason-code={e.reason?.code ?? undefined}>
                        {e.reason?.message ?? refusalReason(e.statusCode)}{e.reason?.code && <span className="muted mono reason-code"> ({e.reason.code})</span>}
                      </div>
                    )}
                  </td>
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
