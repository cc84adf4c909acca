// A server's status message where the console shows one: in the console's words, its pointers at the API made links
// to the console's own pages (api-pointers.ts).
import { inConsoleWords, type AnswerLinks } from './api-pointers.ts';
import { onLinkClick } from './router.ts';

export function StatusMessage({ text, links = {} }: { text: string | null | undefined; links?: AnswerLinks }) {
  if (!text) return null;
  return (
    <span className="status-message">
      {inConsoleWords(text, links).map((piece, i) => (typeof piece === 'string' ? piece
        : <a key={i} href={piece.href} onClick={onLinkClick}>{piece.words}</a>))}
    </span>
  );
}
