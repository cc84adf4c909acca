/** Messages between bench/lib/server.ts (parent) and bench/lib/server-child.ts. */
export type ParentMessage =
  | { type: 'start'; kind: 'bare' }
  | { type: 'start'; kind: 'node' }
  | { type: 'start'; kind: 'lifeboat'; env: Record<string, string> }
  | { type: 'usage' }
  | { type: 'stop' };

export type ServerMessage =
  | { type: 'ready'; url: string; accountId?: number }
  | { type: 'failed'; message: string }
  | { type: 'usage'; cpuUserMs: number; cpuSystemMs: number; rssBytes: number; pgStatements: number }
  | { type: 'stopped' };
