// One assembly: its timeline, protect now, recover (plan first) and reset, refreshed every second while
// anything of it runs.
import { useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, RUNNING } from './format.tsx';
import { ProtectionList } from './protections.tsx';
import { RecoverPanel } from './recover-panel.tsx';
import { RecoveryList } from './recoveries.tsx';
import { onLinkClick } from './router.ts';
import { projectPath, useSession } from './session.ts';
import type { Recovery } from './types.ts';
import { Timeline } from './timeline.tsx';
import { useResource } from './use-resource.ts';

export function AssemblyPage({ assemblyId }: { assemblyId: number }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const state = useResource(async () => {
    const [assembly, protections, recoveries] = await Promise.all([
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}', { params: { path } })),
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections', { params: { path, header: { range: 'items=1-200' } } })),
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries', {
        params: { path: { ...projectPath(session), cloudAssemblyId: assemblyId }, header: { range: 'items=1-100' } },
      })),
    ]);
    // Without ?id= the list is an array (with it, the published details object).
    return { assembly, protections, recoveries: recoveries as Recovery[], at: Date.now() };
  }, [session, assemblyId], (d) => {
    const running = d.protections.some((p) => RUNNING.has(p.status))
      || d.recoveries.some((r) => RUNNING.has(r.recoveryStatus) || RUNNING.has(r.resetStatus ?? ''));
    return running ? 1000 : 15000;
  });
  const [actionError, setActionError] = useState<unknown>(null);
  const [protecting, setProtecting] = useState(false);

  async function protectNow() {
    setProtecting(true);
    setActionError(null);
    try {
      await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections', { params: { path }, body: {} }));
      state.reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setProtecting(false);
    }
  }

  if (!state.data) return state.error ? <Banner error={state.error} /> : <p className="muted">Loading…</p>;
  const { assembly, protections, recoveries, at } = state.data;
  return (
    <>
      <p className="small"><a href="/" onClick={onLinkClick}>← Estate</a></p>
      <div className="section-head">
        <h2>{assembly.name} <Badge status={assembly.status} /></h2>
        <button type="button" onClick={protectNow} disabled={protecting}>{protecting ? 'Starting…' : 'Protect now'}</button>
      </div>
      <p className="muted small">
        {assembly.cloudConnectionName ?? `connection ${assembly.cloudConnectionId}`} · {assembly.sourceRegion}
        {assembly.replicaRegions.length ? ` → ${assembly.replicaRegions.join(', ')}` : ''}{assembly.description ? ` · ${assembly.description}` : ''}
      </p>
      <Banner error={actionError} />
      {state.error ? <Banner error={state.error} /> : null}
      <section>
        <h3>Timeline</h3>
        <Timeline protections={protections} recoveries={recoveries} now={at} />
      </section>
      <section>
        <h3>Protections</h3>
        <ProtectionList protections={protections} />
      </section>
      <section>
        <h3>Recoveries</h3>
        <RecoverPanel assembly={assembly} protections={protections} onStarted={state.reload} />
        <RecoveryList assemblyId={assemblyId} recoveries={recoveries} onChanged={state.reload} />
      </section>
    </>
  );
}
