// The assembly's recoveries: live progress of each, cancel while one runs, reset (with a confirm) once it
// has ended, and the reset's own progress from reset-status.
import { useRef, useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, elapsed, RUNNING, when } from './format.tsx';
import { onLinkClick, recoveryHref } from './router.ts';
import { projectPath, useSession } from './session.ts';
import { StatusMessage } from './status-message.tsx';
import type { Recovery } from './types.ts';
import { useResource } from './use-resource.ts';

export function RecoveryList({ assemblyId, recoveries, onChanged }: { assemblyId: number; recoveries: readonly Recovery[]; onChanged(): void }) {
  if (!recoveries.length) return <p className="muted">No recoveries yet.</p>;
  return (
    <ul className="recoveries">
      {recoveries.map((r) => <RecoveryItem key={r.id} assemblyId={assemblyId} recovery={r} onChanged={onChanged} />)}
    </ul>
  );
}

function RecoveryItem({ assemblyId, recovery: r, onChanged }: { assemblyId: number; recovery: Recovery; onChanged(): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId, id: r.id };
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const running = RUNNING.has(r.recoveryStatus);
  const done = r.recoveredCount + r.failedCount + r.skippedCount;
  const canReset = !running && (r.resetStatus === null || r.resetStatus === 'failed');

  async function act(what: 'reset' | 'cancel') {
    setError(null);
    try {
      if (what === 'reset') await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/reset', { params: { path } }));
      else await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/cancel', { params: { path } }));
      setConfirming(false);
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <li className="card recovery" data-recovery={r.recoveryName} data-status={r.recoveryStatus} data-reset-status={r.resetStatus ?? ''}>
      <div className="section-head">
        <a href={recoveryHref(assemblyId, r.id)} onClick={onLinkClick}><strong>{r.recoveryName}</strong></a>
        <Badge status={r.recoveryStatus} />
      </div>
      <p className="small muted">{r.recoveryScope} · {r.recoveryMode} · into {r.targetRegion}{r.targetAvailabilityZone ? ` (${r.targetAvailabilityZone})` : ''} · started {when(r.startedAt ?? r.createdAt)}{r.startedAt ? ` · ${elapsed(r.startedAt, r.finishedAt)}` : ''}</p>
      <p className="small progress-line" aria-live="polite">
        {running && <progress max={Math.max(r.resourceCount, 1)} value={done} />}
        {' '}{r.recoveredCount} recovered, {r.failedCount} failed, {r.skippedCount} skipped of {r.resourceCount}
      </p>
      {r.statusMessage && <p className="small muted"><StatusMessage text={r.statusMessage} links={{ failedResources: `${recoveryHref(assemblyId, r.id)}?show=failed` }} /></p>}
      {r.resetStatus && <ResetProgress path={path} status={r.resetStatus} deleted={r.resetDeletedCount} onEnded={onChanged} />}
      <Banner error={error} />
      <div className="buttons">
        {running && <button type="button" className="secondary" onClick={() => void act('cancel')}>Cancel</button>}
        {canReset && !confirming && <button type="button" ref={resetButton} onClick={() => setConfirming(true)}>{r.resetStatus === 'failed' ? 'Reset again' : 'Reset'}</button>}
        {confirming && (
          <span className="confirm">
            Delete everything this recovery created?{' '}
            <button type="button" className="danger" autoFocus onClick={() => void act('reset')}>Delete it</button>{' '}
            <button type="button" className="secondary" onClick={() => { setConfirming(false); requestAnimationFrame(() => resetButton.current?.focus()); }}>Keep it</button>
          </span>
        )}
      </div>
    </li>
  );
}

type ResetPath = { accountId: number; projectId: string; cloudAssemblyId: number; id: string };

/** The reset's status as seed 003 reports it, polled while it is not over; the list is told when it ends. */
function ResetProgress({ path, status, deleted, onEnded }: { path: ResetPath; status: string; deleted: number; onEnded(): void }) {
  const session = useSession();
  const reset = useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries/{id}/reset-status', { params: { path } })),
    [session, path.id, status],
    (s) => {
      if (RUNNING.has(s.status)) return 1000;
      if (s.status !== status) onEnded();
      return undefined;
    },
  );
  const shown = reset.data?.status ?? status;
  return (
    <p className="small reset-line" data-reset={shown}>
      Reset: <Badge status={shown} /> {deleted} deleted{reset.data?.message ? ` · ${reset.data.message}` : ''}
    </p>
  );
}
