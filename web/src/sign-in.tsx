import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../src/client/client.ts';
import { describeError } from './errors.tsx';
import { openSession, ssoSettings, type Session } from './session.ts';

export function SignIn({ onSignedIn }: { onSignedIn(session: Session): void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ssoLogin, setSsoLogin] = useState<string | null>(null);

  useEffect(() => {
    ssoSettings().then((sso) => setSsoLogin(sso.enabled ? sso.loginUrl : null), () => setSsoLogin(null));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await openSession(token.trim()));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'That token was refused: check it and try again.' : describeError(e));
      setBusy(false);
    }
  }

  return (
    <main className="page narrow">
      <h1>Lifeboat</h1>
      <form className="card" onSubmit={submit}>
        <label htmlFor="token">Token</label>
        <input id="token" name="token" type="password" autoComplete="off" required value={token} onChange={(e) => setToken(e.target.value)} />
        <p className="hint">A service-account token (lb_…) or the instance admin token (data/admin-token). It is kept in this tab only.</p>
        {error && <div className="banner" role="alert">{error}</div>}
        <button type="submit" disabled={busy || !token.trim()}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      {ssoLogin && (
        <section className="card" aria-label="Single sign-on">
          <button type="button" onClick={() => window.location.assign(`${ssoLogin}?returnTo=${encodeURIComponent(window.location.pathname + window.location.search)}`)}>Sign in with SSO</button>
          <p className="hint">With your organisation's identity provider.</p>
        </section>
      )}
    </main>
  );
}
