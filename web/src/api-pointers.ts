// The server's status messages are written for API users, and a few end by pointing at an endpoint ("…: see
// GET …/resources", "turn it off (PUT …/deletion-protection)") or at data only the API showed ("see each resource's
// error"). The console shows the same message in its own words, the pointer made a link to its own page that has the
// answer; the API's text stays as it is for API users. A new pointer in a server message goes in POINTERS (the browser
// test details.test.ts fails on any "GET …/" a page shows).

/** The console pages that answer a pointer: the protection or recovery filtered to what failed, its dependencies, a connection's switch, an assembly's selection. */
export interface AnswerLinks {
  readonly failedResources?: string;
  readonly dependencies?: string;
  readonly deletionProtection?: string;
  readonly selection?: string;
}

/** A piece of a message: the server's text, or the console's words for a pointer, linked to the page that answers it. */
export type Piece = string | { readonly words: string; readonly href: string };

interface Pointer {
  /** The pointer as the server writes it. */
  readonly api: RegExp;
  readonly answer: keyof AnswerLinks;
  /** The link's words. */
  readonly words: string;
  /** The words when the page showing the message has no link for it. */
  readonly unlinked: string;
}

const POINTERS: readonly Pointer[] = [
  { api: /see GET …\/resources/, answer: 'dependencies', words: 'see which', unlinked: "listed on the protection's page" },
  { api: /see each resource's error/, answer: 'failedResources', words: "see each resource's error", unlinked: "each resource's error is on its page" },
  // An assembly whose stored filter was not one (migration 0018): the selection is edited, then the assembly enabled, on its page.
  { api: /Set a filter with PUT …\/resources, then PUT …\/status \{"status": "enabled"\}/, answer: 'selection', words: 'Edit the selection, then enable the assembly', unlinked: 'Edit the selection on its page, then enable it' },
  { api: /turn it off \(PUT …\/deletion-protection\)/, answer: 'deletionProtection', words: 'turn it off', unlinked: "turn it off (the connection's deletion protection)" },
];

/** The message in the console's words: its pieces in order, adjacent text joined. */
export function inConsoleWords(message: string, links: AnswerLinks): Piece[] {
  let pieces: Piece[] = message ? [message] : [];
  for (const pointer of POINTERS) {
    pieces = pieces.flatMap((piece) => {
      if (typeof piece !== 'string') return [piece];
      const found = pointer.api.exec(piece);
      if (!found) return [piece];
      const href = links[pointer.answer];
      const before = piece.slice(0, found.index);
      const after = piece.slice(found.index + found[0].length);
      return [before, href ? { words: pointer.words, href } : pointer.unlinked, after];
    });
  }
  return pieces.reduce<Piece[]>((joined, piece) => {
    const last = joined[joined.length - 1];
    if (piece === '') return joined;
    if (typeof piece === 'string' && typeof last === 'string') joined[joined.length - 1] = last + piece;
    else joined.push(piece);
    return joined;
  }, []);
}
