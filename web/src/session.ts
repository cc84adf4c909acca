// Who is signed in: the token (kept in sessionStorage, so it leaves with the tab), the account it belongs
// to and the project in view. Every call goes through the one typed client (src/client/client.ts).
import { createContext, useContext } from 'react';
import { createLifeboatClient, ok, type LifeboatClient } from '../../src/client/client.ts';

const TOKEN_KEY = 'lifeboat.token';
const PROJECT_KEY = 'lifeboat.project';

export interface Project {
  readonly id: string;
  readonly name: string;
}

export interface Session {
  readonly client: LifeboatClient;
  readonly accountId: number;
  readonly accountName: string;
  readonly projects: readonly Project[];
  readonly projectId: string;
  /** Signed in through single sign-on: the session is the server's cookie, and sign-out ends it there. Its
   * person is whom the identity provider named (either may be null: the provider sends what it has). */
  readonly sso?: { readonly csrfToken: string; readonly name: string | null; readonly email: string | null };
}

/** Reads the account the token belongs to (GET /api/v1/accounts answers only the token's own; the
 * instance admin sees every account and gets the first) and its projects. Throws the ApiError of a bad token. */
export async function openSession(token: string | null, preferredProject?: string | null): Promise<Session> {
  let sso: Session['sso'];
  const client = createLifeboatClient({ baseUrl: window.location.origin, token: token ?? undefined });
  if (token === null) {
    // No token: the single sign-on cookie (HttpOnly, so the page never sees it) is the session; every write
    // echoes the session's CSRF token, which the server gives only to a same-origin read.
    const res = await fetch('/auth/session', { credentials: 'same-origin' });
    if (!res.ok) throw new Error('Not signed in.');
    const current = (await res.json()) as { csrfToken: string; name: string | null; email: string | null };
    sso = { csrfToken: current.csrfToken, name: current.name, email: current.email };
    client.use({
      onRequest({ request }) {
        if (request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-csrf-token', sso!.csrfToken);
        return request;
      },
    });
  }
  const accounts = await ok(client.GET('/api/v1/accounts'));
  const account = accounts[0];
  if (!account) throw new Error('This token belongs to no account.');
  const projects = await ok(client.GET('/api/v1/accounts/{accountId}/projects', { params: { path: { accountId: account.id } } }));
  const ids = projects.map((p) => p.id);
  const projectId = preferredProject && ids.includes(preferredProject) ? preferredProject : ids.includes('default') ? 'default' : ids[0] ?? 'default';
  if (token !== null) sessionStorage.setItem(TOKEN_KEY, token);
  sessionStorage.setItem(PROJECT_KEY, projectId);
  return { client, accountId: account.id, accountName: account.name, projects: projects.map((p) => ({ id: p.id, name: p.name })), projectId, sso };
}

export function withProject(session: Session, projectId: string): Session {
  sessionStorage.setItem(PROJECT_KEY, projectId);
  return { ...session, projectId };
}

export function storedToken(): { token: string | null; projectId: string | null } {
  return { token: sessionStorage.getItem(TOKEN_KEY), projectId: sessionStorage.getItem(PROJECT_KEY) };
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(PROJECT_KEY);
}

/** Whether the server offers single sign-on, and where it starts. */
export async function ssoSettings(): Promise<{ enabled: boolean; loginUrl: string | null }> {
  const res = await fetch('/auth/sso/config');
  return res.ok ? ((await res.json()) as { enabled: boolean; loginUrl: string | null }) : { enabled: false, loginUrl: null };
}

/** Forgets the token; an SSO session is ended on the server, then at the provider when it offers an end-session page. */
export async function signOut(session: Session): Promise<void> {
  forgetToken();
  if (!session.sso) return;
  const res = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': session.sso.csrfToken } });
  const { endSessionUrl } = res.ok ? ((await res.json()) as { endSessionUrl: string | null }) : { endSessionUrl: null };
  if (endSessionUrl) window.location.assign(endSessionUrl);
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}

/** The path parameters of everything under P = /api/v1/accounts/{accountId}/projects/{projectId}. */
export function projectPath(session: Session) {
  return { accountId: session.accountId, projectId: session.projectId };
}
