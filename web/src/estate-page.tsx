// The estate: connections and assemblies, each with its create form behind a button.
import { useState } from 'react';
import { AssemblyForm } from './assembly-form.tsx';
import { AssemblyList, useAssemblies } from './assemblies.tsx';
import { ConnectionForm } from './connection-form.tsx';
import { ConnectionList, useConnections } from './connections.tsx';

export function EstatePage() {
  const connections = useConnections();
  const assemblies = useAssemblies();
  const [adding, setAdding] = useState<'connection' | 'assembly' | null>(null);
  const toggle = (what: 'connection' | 'assembly') => setAdding((current) => (current === what ? null : what));

  return (
    <>
      <h1>Estate</h1>
      <section>
        <div className="section-head">
          <h2>Cloud connections</h2>
          <button type="button" onClick={() => toggle('connection')} aria-expanded={adding === 'connection'}>New connection</button>
        </div>
        {adding === 'connection' && <ConnectionForm onCreated={() => { setAdding(null); connections.reload(); }} />}
        <ConnectionList connections={connections} />
      </section>
      <section>
        <div className="section-head">
          <h2>Cloud assemblies</h2>
          <button type="button" onClick={() => toggle('assembly')} aria-expanded={adding === 'assembly'}>New assembly</button>
        </div>
        {adding === 'assembly' && <AssemblyForm connections={connections.data ?? []} onCreated={() => { setAdding(null); assemblies.reload(); }} />}
        <AssemblyList assemblies={assemblies} />
      </section>
    </>
  );
}
