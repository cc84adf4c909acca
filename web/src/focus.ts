// Focus into and back out of the console's inline dialogs (the forms and confirmations that open in place): the
// opener is remembered when one opens, and gets the focus back when it closes.
import { useCallback, useEffect, useRef } from 'react';

export function useFocusReturn() {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => { opener.current = document.activeElement as HTMLElement | null; }, []);
  const restore = useCallback(() => {
    const target = opener.current;
    opener.current = null;
    // After React has removed the dialog (and re-rendered the opener, if it moved).
    setTimeout(() => { if (target?.isConnected) target.focus(); }, 0);
  }, []);
  return { remember, restore };
}

/** A ref whose element takes the focus when it mounts (a dialog's heading). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
