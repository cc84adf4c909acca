// The console's router: a few lines of the History API. The server answers these same paths with
// the console (CONSOLE_PATHS in src/app/console.ts): keep the two in step.
import { useSyncExternalStore, type MouseEvent } from 'react';

const NAVIGATE = 'lifeboat:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(to: string): void {
  if (to === window.location.pathname) return;
  window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
  window.scrollTo(0, 0);
}

/** An in-app link: a real href (open in a new tab works), a client-side navigation on a plain click. */
export function onLinkClick(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}

export type Route =
  | { page: 'estate' }
  | { page: 'assembly'; assemblyId: number }
  | { page: 'protection'; assemblyId: number; protectionId: string }
  | { page: 'recovery'; assemblyId: number; recoveryId: string }
  | { page: 'connection'; connectionId: number }
  | { page: 'events' }
  | { page: 'policy-templates' }
  | { page: 'service-accounts' }
  | { page: 'connection-groups' }
  | { page: 'connection-group'; groupId: string }
  | { page: 'network' }
  | { page: 'network-connection'; cloudConnectionId: string }
  | { page: 'not-found' };

export function routeOf(path: string): Route {
  if (path === '/' || path === '') return { page: 'estate' };
  if (path === '/events') return { page: 'events' };
  if (path === '/policy-templates') return { page: 'policy-templates' };
  if (path === '/settings/service-accounts') return { page: 'service-accounts' };
  if (path === '/connection-groups') return { page: 'connection-groups' };
  if (path === '/network') return { page: 'network' };
  const group = /^\/connection-groups\/([^/]+)$/.exec(path);
  if (group) return { page: 'connection-group', groupId: decodeURIComponent(group[1]!) };
  const network = /^\/network\/([^/]+)$/.exec(path);
  if (network) return { page: 'network-connection', cloudConnectionId: decodeURIComponent(network[1]!) };
  const assembly = /^\/assemblies\/(\d+)$/.exec(path);
  if (assembly) return { page: 'assembly', assemblyId: Number(assembly[1]) };
  const connection = /^\/connections\/(\d+)$/.exec(path);
  if (connection) return { page: 'connection', connectionId: Number(connection[1]) };
  const child = /^\/assemblies\/(\d+)\/(protections|recoveries)\/([^/]+)$/.exec(path);
  if (child) {
    const id = decodeURIComponent(child[3]!);
    return child[2] === 'protections'
      ? { page: 'protection', assemblyId: Number(child[1]), protectionId: id }
      : { page: 'recovery', assemblyId: Number(child[1]), recoveryId: id };
  }
  return { page: 'not-found' };
}

export const protectionHref = (assemblyId: number, protectionId: string) => `/assemblies/${assemblyId}/protections/${encodeURIComponent(protectionId)}`;
export const recoveryHref = (assemblyId: number, recoveryId: string) => `/assemblies/${assemblyId}/recoveries/${encodeURIComponent(recoveryId)}`;
