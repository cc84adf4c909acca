import type { FastifyRequest } from 'fastify';
import type { SessionSettings, SsoConfig } from '../../platform/config.ts';
import { LifeboatError, NotFoundError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/service.ts';
import type { TenancyService } from '../tenancy/service.ts';
import type { OidcClient, SignIn } from './oidc.ts';
import { presentSession } from './presenter.ts';
import { claimValues, grantFor } from './role-map.ts';
import type { IssuedSession, SessionsService } from './service.ts';

/** A person the provider vouched for, but whom the role map gives no role. */
export class NoRoleError extends LifeboatError {
  readonly kind = 'forbidden';
  readonly code = 'NO_ROLE';
}

export interface SignInsDeps {
  readonly sessions: SessionsService;
  /** Undefined when single sign-on is not configured: the routes then answer that it is off. */
  readonly sso: { readonly config: SsoConfig; readonly oidc: OidcClient } | undefined;
  readonly settings: SessionSettings;
  readonly tenancy: Pick<TenancyService, 'findAccountByRef'>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly now: () => number;
}

export type SignIns = ReturnType<typeof createSignIns>;

/** What the browser's and the CLI's flows share once the provider has vouched for a person: the role map, the session, the audit event. */
export function createSignIns({ sessions, sso, settings, tenancy, audit, now }: SignInsDeps) {
  function enabled() {
    if (!sso) throw new NotFoundError('Single sign-on (LIFEBOAT_OIDC_ISSUER is not set)');
    return sso;
  }

  /** The role map's verdict on a signed-in person, and the session it earns; NoRoleError when none. */
  async function openSession(kind: 'browser' | 'cli', signIn: SignIn, request: FastifyRequest): Promise<IssuedSession> {
    const { config } = enabled();
    const { claims } = signIn;
    const person = {
      subject: String(claims.sub),
      email: typeof claims.email === 'string' ? claims.email : null,
      name: typeof claims.name === 'string' ? claims.name : null,
    };
    const values = claimValues(claims, config.rolesClaim);
    const grant = grantFor(values, config.roleMap);
    const who = person.email ?? person.name ?? person.subject;
    if (!grant) {
      request.log.warn({ subject: person.subject, claim: config.rolesClaim, values }, 'single sign-on refused: no role maps to the person');
      throw new NoRoleError(`${who} signed in at the identity provider, but none of their ${config.rolesClaim} (${values.join(', ') || 'none'}) maps to a role in Lifeboat; ask a Lifeboat administrator to map one in LIFEBOAT_OIDC_ROLE_MAP`);
    }
    const account = await tenancy.findAccountByRef(grant.account);
    if (!account) {
      request.log.error({ account: grant.account }, 'single sign-on refused: the role map names an account that does not exist');
      throw new NoRoleError(`${who} maps to the account "${grant.account}", which does not exist in Lifeboat; ask a Lifeboat administrator to fix LIFEBOAT_OIDC_ROLE_MAP`);
    }
    const issued = await sessions.open(kind, person, account.id, grant, signIn.idToken);
    const principal = sessions.principalOf(issued.session);
    await audit.record({
      account_id: account.id, project_id: null, actor: principal.actor, actor_name: principal.name, action: 'signIn', method: request.method,
      path: request.url.split('?')[0]!, target_type: 'session', target_id: issued.session.id, result: 'success', status_code: 200,
      request_id: request.id, created_at: now(),
    });
    return issued;
  }

  const present = (issued: IssuedSession) => ({ token: issued.token, refreshToken: issued.refreshToken!, session: presentSession(issued.session, settings.idleMs) });

  return { enabled, openSession, present };
}
