// The estate: what needs attention now (connections whose connectivity failed, RPOs breached, operations
// running), then the connections and the assemblies with their health, each with its create form behind a button.
import { useRef, useState } from 'react';
import { AssemblyForm } from './assembly-form.tsx';
import { AssemblyList, useAssemblies, useAssemblyHealth } from './assemblies.tsx';
import { ConnectionForm } from './connection-form.tsx';
import { ConnectionList, useConnections } from './connections.tsx';
import { Badge, RUNNING, when } from './format.tsx';
import { onLinkClick, protectionHref, recoveryHref } from './router.ts';

const FAILED_CONNECTIVITY = new Set(['failed', 'failure', 'authentication-failed']);

export function EstatePage() {
  const connections = useConnections();
  const assemblies = useAssemblies();
  const health = useAssemblyHealth(assemblies.data);
  const [adding, setAdding] = useState<'connection' | 'assembly' | null>(null);
  const buttons = { connection: useRef<HTMLButtonElement>(null), assembly: useRef<HTMLButtonElement>(null) };
  const toggle = (what: 'connection' | 'assembly') => setAdding((current) => (current === what ? null : what));
  /** A form closed (created, or its button pressed again): the focus goes back to its button. */
  const closed = (what: 'connection' | 'assembly') => { setAdding(null); requestAnimationFrame(() => buttons[what].current?.focus()); };

  const failing = (connections.data ?? []).filter((c) => FAILED_CONNECTIVITY.has(c.connectivityStatus ?? '') || FAILED_CONNECTIVITY.has(c.status));
  const breached = (assemblies.data ?? []).filter((a) => a.rpoStatus === 'breached');
  const protecting = (assemblies.data ?? []).filter((a) => a.lastProtection && RUNNING.has(a.lastProtection.status));
  const recovering = (assemblies.data ?? []).flatMap((a) => (health.data?.get(a.id)?.runningRecoveries ?? []).map((r) => ({ assembly: a, recovery: r })));
  const quiet = !failing.length && !breached.length && !protecting.length && !recovering.length;

  return (
    <>
      <h1>Estate</h1>
      <section className="card attention" aria-label="Needs attention">
        <h2>Now</h2>
        {quiet && <p className="muted">Nothing running, every connection reachable, no RPO breached.</p>}
        <ul className="plain" aria-live="polite">
          {failing.map((c) => (
            <li key={`c${c.id}`} data-failing-connection={c.name}><Badge status={c.connectivityStatus} /> connection <a href={`/connections/${c.id}`} onClick={onLinkClick}>{c.name}</a>{c.connectivityMessage ? `: ${c.connectivityMessage}` : ''}</li>
          ))}
          {breached.map((a) => (
            <li key={`b${a.id}`} data-breached={a.name}><Badge status="breached" /> RPO of <a href={`/assemblies/${a.id}`} onClick={onLinkClick}>{a.name}</a>{a.rpoTargetMinutes !== null ? ` (target ${a.rpoTargetMinutes} min)` : ''}: last success {a.lastSuccessfulProtectionAt ? when(a.lastSuccessfulProtectionAt) : 'never'}</li>
          ))}
          {protecting.map((a) => (
            <li key={`p${a.id}`} data-running="protection"><Badge status={a.lastProtection!.status} /> protecting <a href={protectionHref(a.id, a.lastProtection!.id)} onClick={onLinkClick}>{a.name}</a> since {when(a.lastProtection!.at)}</li>
          ))}
          {recovering.map(({ assembly, recovery }) => (
            <li key={`r${recovery.id}`} data-running="recovery"><Badge status={RUNNING.has(recovery.recoveryStatus) ? recovery.recoveryStatus : recovery.resetStatus} /> {RUNNING.has(recovery.recoveryStatus) ? 'recovering' : 'resetting'} <a href={recoveryHref(assembly.id, recovery.id)} onClick={onLinkClick}>{recovery.recoveryName}</a> of {assembly.name}</li>
          ))}
        </ul>
      </section>
      <section>
        <div className="section-head">
          <h2>Cloud connections</h2>
          <button type="button" ref={buttons.connection} onClick={() => toggle('connection')} aria-expanded={adding === 'connection'}>New connection</button>
        </div>
        {adding === 'connection' && <ConnectionForm onCreated={() => { closed('connection'); connections.reload(); }} />}
        <ConnectionList connections={connections} />
      </section>
      <section>
        <div className="section-head">
          <h2>Cloud assemblies</h2>
          <button type="button" ref={buttons.assembly} onClick={() => toggle('assembly')} aria-expanded={adding === 'assembly'}>New assembly</button>
        </div>
        {adding === 'assembly' && <AssemblyForm connections={connections.data ?? []} onCreated={() => { closed('assembly'); assemblies.reload(); }} />}
        <AssemblyList assemblies={assemblies} health={health.data} />
      </section>
    </>
  );
}
