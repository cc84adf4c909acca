// The shell: sign-in until a session exists, then the header (account, project switcher, sign out) and
// the page the path names.
import { useEffect, useState } from 'react';
import { AssemblyPage } from './assembly-page.tsx';
import { EstatePage } from './estate-page.tsx';
import { EventsPage } from './events-page.tsx';
import { ConnectionPage } from './connection-page.tsx';
import { ConnectionGroupPage, ConnectionGroupsPage } from './connection-groups-page.tsx';
import { NetworkConnectionPage, NetworkPage } from './network-page.tsx';
import { PolicyTemplatesPage } from './policy-templates-page.tsx';
import { ServiceAccountsPage } from './service-accounts-page.tsx';
import { ProtectionPage } from './protection-page.tsx';
import { RecoveryPage } from './recovery-page.tsx';
import { onLinkClick, routeOf, usePath } from './router.ts';
import { forgetToken, openSession, SessionContext, signOut, storedToken, withProject, type Session } from './session.ts';
import { SignIn } from './sign-in.tsx';

export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(true);

  useEffect(() => {
    const { token, projectId } = storedToken();
    // A reload keeps the tab signed in (its token, else the SSO cookie); a token revoked meanwhile lands back on the sign-in form.
    openSession(token, projectId).then(setSession, () => forgetToken()).finally(() => setRestoring(false));
  }, []);

  if (restoring) return <main className="page"><p className="muted">Signing in…</p></main>;
  if (!session) return <SignIn onSignedIn={setSession} />;
  return (
    <SessionContext.Provider value={session}>
      <Header session={session} onProject={(id) => setSession(withProject(session, id))} onSignOut={() => { void signOut(session).finally(() => setSession(null)); }} />
      <main className="page"><Page key={session.projectId} /></main>
    </SessionContext.Provider>
  );
}

function Header({ session, onProject, onSignOut }: { session: Session; onProject(id: string): void; onSignOut(): void }) {
  const path = usePath();
  return (
    <header className="top">
      <a className="brand" href="/" onClick={onLinkClick}>Lifeboat</a>
      <nav>
        <a href="/" onClick={onLinkClick} aria-current={path === '/' ? 'page' : undefined}>Estate</a>
        <a href="/policy-templates" onClick={onLinkClick} aria-current={path === '/policy-templates' ? 'page' : undefined}>Policy templates</a>
        <a href="/connection-groups" onClick={onLinkClick} aria-current={path.startsWith('/connection-groups') ? 'page' : undefined}>Connection groups</a>
        <a href="/network" onClick={onLinkClick} aria-current={path.startsWith('/network') ? 'page' : undefined}>Network</a>
        <a href="/events" onClick={onLinkClick} aria-current={path === '/events' ? 'page' : undefined}>Audit events</a>
        <a href="/settings/service-accounts" onClick={onLinkClick} aria-current={path === '/settings/service-accounts' ? 'page' : undefined}>Service accounts</a>
      </nav>
      <div className="who">
        {/* Signed in by single sign-on: the person first (a token has no person; it shows the account only). */}
        {session.sso && (session.sso.name || session.sso.email) && (
          <span className="person" title={session.sso.email ?? undefined}>{session.sso.name || session.sso.email}</span>
        )}
        <span className="muted" title={`account ${session.accountId}`}>{session.accountName}</span>
        {session.projects.length > 1 ? (
          <select aria-label="Project" value={session.projectId} onChange={(e) => onProject(e.target.value)}>
            {session.projects.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        ) : <span className="muted">/ {session.projectId}</span>}
        <button type="button" className="link" onClick={onSignOut}>Sign out</button>
      </div>
    </header>
  );
}

function Page() {
  const route = routeOf(usePath());
  switch (route.page) {
    case 'estate': return <EstatePage />;
    case 'assembly': return <AssemblyPage key={route.assemblyId} assemblyId={route.assemblyId} />;
    case 'protection': return <ProtectionPage key={`${route.assemblyId}/${route.protectionId}`} assemblyId={route.assemblyId} protectionId={route.protectionId} />;
    case 'recovery': return <RecoveryPage key={`${route.assemblyId}/${route.recoveryId}`} assemblyId={route.assemblyId} recoveryId={route.recoveryId} />;
    case 'connection': return <ConnectionPage key={route.connectionId} connectionId={route.connectionId} />;
    case 'events': return <EventsPage />;
    case 'policy-templates': return <PolicyTemplatesPage />;
    case 'service-accounts': return <ServiceAccountsPage />;
    case 'connection-groups': return <ConnectionGroupsPage />;
    case 'connection-group': return <ConnectionGroupPage key={route.groupId} groupId={route.groupId} />;
    case 'network': return <NetworkPage />;
    case 'network-connection': return <NetworkConnectionPage key={route.cloudConnectionId} cloudConnectionId={route.cloudConnectionId} />;
    default: return <NotFound />;
  }
}

/** The console's own not-found page: a path it does not know (the server answers it 404 with the console). */
function NotFound() {
  const path = usePath();
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>The console has no page at <code>{path}</code>.</p>
      <p><a href="/" onClick={onLinkClick}>Back to the estate</a> · <a href="/events" onClick={onLinkClick}>Audit events</a></p>
    </section>
  );
}
