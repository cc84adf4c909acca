// The console's router: a few lines of the History API. The server answers these same paths with
// the console (CONSOLE_PATHS in src/app/console.ts): keep the two in step.
import { useSyncExternalStore, type MouseEvent } from 'react';

const NAVIGATE = 'lifeboat:navigate';
/** A page's own query changed (replaceSearch): the path and its history entry stay. */
const QUERY = 'lifeboat:query';

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

function subscribeSearch(onChange: () => void): () => void {
  window.addEventListener(QUERY, onChange);
  const stop = subscribe(onChange);
  return () => {
    window.removeEventListener(QUERY, onChange);
    stop();
  };
}

/** The URL's query (`?range=7d`, `?show=failed`): a page's state that deep-links. */
export function useSearch(): string {
  return useSyncExternalStore(subscribeSearch, () => window.location.search);
}

/** A new query for the page shown (its path and history entry stay). */
export function replaceSearch(search: string): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  window.dispatchEvent(new Event(QUERY));
}

/**
 * Opens a console path (with a query and a #fragment, if any). Another page starts at its top; a fragment is scrolled
 * to and focused once it is on the page.
 */
export function navigate(to: string): void {
  const url = new URL(to, window.location.href);
  const { pathname, search, hash } = window.location;
  if (url.pathname === pathname && url.search === search && url.hash === hash) {
    if (url.hash) reach(decodeURIComponent(url.hash.slice(1)), 0);
    return;
  }
  window.history.pushState(null, '', url.pathname + url.search + url.hash);
  window.dispatchEvent(new Event(NAVIGATE));
  if (url.pathname !== pathname) window.scrollTo(0, 0);
  if (url.hash) reach(decodeURIComponent(url.hash.slice(1)), 20);
}

/** Scrolls to the element with that id and focuses it, looking again a few times while a new page loads. */
function reach(id: string, tries: number): void {
  const target = document.getElementById(id);
  if (!target) {
    if (tries > 0) setTimeout(() => reach(id, tries - 1), 100);
    return;
  }
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
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
