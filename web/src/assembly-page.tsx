// One assembly: its general information and protection strategy (edited with If-Match), its selection (edited with a live preview), its timeline, protect now, protections a page at a
// time, recover (plan first) and reset, its protection and drill policies, its webhooks with their delivery log,
// and its deletion; refreshed every second while anything of it runs.
import { useEffect, useRef, useState } from 'react';
import { answer, ok } from '../../src/client/client.ts';
import { GeneralInformation } from './assembly-general.tsx';
import { ProtectionPolicies } from './assembly-policies.tsx';
import { DrillPolicies } from './drill-policies.tsx';
import { PagedProtections } from './assembly-protections.tsx';
import { DeleteAssembly, Selection } from './assembly-selection.tsx';
import { Webhooks } from './assembly-webhooks.tsx';
import { Banner } from './errors.tsx';
import { Badge, RUNNING, toneOf } from './format.tsx';
import { RecoverPanel } from './recover-panel.tsx';
import { RecoveryList } from './recoveries.tsx';
import { onLinkClick } from './router.ts';
import { projectPath, useSession } from './session.ts';
import { StatusMessage } from './status-message.tsx';
import type { Recovery } from './types.ts';
import { Timeline } from './timeline.tsx';
import { useResource } from './use-resource.ts';

export function AssemblyPage({ assemblyId }: { assemblyId: number }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
  const state = useResource(async () => {
    const [{ data: assembly, response }, protections, recoveries, connections] = await Promise.all([
      // With its ETag: the selection is saved, and the assembly deleted, only if it has not moved on meanwhile.
      answer(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}', { params: { path } })),
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protections', { params: { path, header: { range: 'items=1-200' } } })),
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries', {
        params: { path: { ...projectPath(session), cloudAssemblyId: assemblyId }, header: { range: 'items=1-100' } },
      })),
      // Names, not ids: the header names the assembly's connection, the recover form offers the others by name.
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections', { params: { path: projectPath(session), header: { range: 'items=1-1000' } } })).catch(() => []),
    ]);
    // Without ?id= the list is an array (with it, the published details object).
    return { assembly, etag: response.headers.get('etag'), protections, recoveries: recoveries as Recovery[], connections, at: Date.now() };
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
      state.reload();
    } finally {
      setProtecting(false);
    }
  }

  /** Enabled: protected (on schedule, and on "Protect now"); disabled: no protection is taken, recoveries still may. */
  async function setStatus(status: 'enabled' | 'disabled') {
    setActionError(null);
    try {
      await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/status', { params: { path }, body: { status } }));
    } catch (e) {
      setActionError(e);
    }
    state.reload();
  }

  // A refusal such as "one runs at a time" is about a run that was going on: it clears when the runs end.
  const running = !!state.data && (state.data.protections.some((p) => RUNNING.has(p.status)) || state.data.recoveries.some((r) => RUNNING.has(r.recoveryStatus)));
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) setActionError(null);
    wasRunning.current = running;
  }, [running]);

  if (!state.data) return state.error ? <Banner error={state.error} /> : <p className="muted">Loading…</p>;
  const { assembly, etag, protections, recoveries, connections, at } = state.data;
  const connection = connections.find((c) => c.id === assembly.cloudConnectionId);
  return (
    <>
      <p className="small"><a href="/" onClick={onLinkClick}>← Estate</a></p>
      <div className="section-head">
        <h1>{assembly.name} <Badge status={assembly.status} /></h1>
        <div className="buttons">
          {assembly.status === 'enabled' && <button type="button" className="secondary" onClick={() => void setStatus('disabled')}>Disable</button>}
          {assembly.status === 'disabled' && <button type="button" onClick={() => void setStatus('enabled')}>Enable</button>}
          <button type="button" onClick={protectNow} disabled={protecting || assembly.status !== 'enabled'} title={assembly.status === 'enabled' ? undefined : 'Only an enabled assembly is protected'}>{protecting ? 'Starting…' : 'Protect now'}</button>
        </div>
      </div>
      <p className="muted small">
        <a className="connection-name" href={`/connections/${assembly.cloudConnectionId}`} onClick={onLinkClick}>{assembly.cloudConnectionName ?? connection?.name ?? `connection ${assembly.cloudConnectionId}`}</a> · {assembly.sourceRegion}
        {assembly.replicaRegions.length ? ` → ${assembly.replicaRegions.join(', ')}` : ''}
      </p>
      {assembly.statusMessage && <p className={`small assembly-status${toneOf(assembly.status) === 'bad' ? ' error-text' : ''}`}><StatusMessage text={assembly.statusMessage} links={{ selection: '#edit-selection' }} /></p>}
      <Banner error={actionError} />
      {state.error ? <Banner error={state.error} /> : null}
      <GeneralInformation assembly={assembly} etag={etag} connections={connections} onSaved={state.reload} />
      <Selection assembly={assembly} etag={etag} connection={connection} onSaved={state.reload} />
      <section>
        <h2>Timeline</h2>
        <Timeline assemblyId={assemblyId} protections={protections} recoveries={recoveries} now={at} />
      </section>
      <section>
        <h2>Protections</h2>
        <PagedProtections assemblyId={assemblyId} version={at} />
      </section>
      <section>
        <h2>Recoveries</h2>
        <RecoverPanel assembly={assembly} connections={connections} protections={protections} onStarted={state.reload} />
        <RecoveryList assemblyId={assemblyId} recoveries={recoveries} onChanged={state.reload} />
      </section>
      <ProtectionPolicies assemblyId={assemblyId} version={at} onChanged={state.reload} />
      <DrillPolicies assembly={assembly} connections={connections} version={at} onStarted={state.reload} />
      <Webhooks assemblyId={assemblyId} version={at} />
      <DeleteAssembly assembly={assembly} etag={etag} />
    </>
  );
}
