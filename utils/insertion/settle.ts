/**
 * Waiting for an editor to take in what just happened. Editors read the caret on
 * `selectionchange` (slate-react throttles that by 100 ms, Quill defers it by a timeout) and
 * render their model in a later microtask or frame (Lexical, React-based editors).
 */

/** Longer than the slowest selection reader measured: slate-react's 100 ms throttle. */
export const SELECTION_READ_MS = 120;
/** A hidden tab runs no animation frames: never wait on one longer than this. */
const FRAME_FALLBACK_MS = 50;

export function nextFrame(window: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, FRAME_FALLBACK_MS);
    window.requestAnimationFrame(() => {
      window.clearTimeout(timer);
      // After the frame's rendering, not before it.
      window.setTimeout(resolve, 0);
    });
  });
}

/** Resolves once the document reported a selection change (or soon after, if it had none to report). */
function selectionChanged(document: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('selectionchange', done);
      resolve();
    };
    document.addEventListener('selectionchange', done);
    document.defaultView?.setTimeout(done, SELECTION_READ_MS);
  });
}

/** Sets the document's selection, then waits until the editor can have read it. */
export async function selectAndSettle(document: Document, range: Range): Promise<void> {
  const observed = selectionChanged(document);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  await observed;
  await settled(document, SELECTION_READ_MS);
}

/** A frame, then `ms` more: the editor has rendered what it accepted. */
export async function settled(document: Document, ms = 0): Promise<void> {
  const window = document.defaultView;
  if (!window) return;
  await nextFrame(window);
  if (ms > 0) await new Promise((resolve) => window.setTimeout(resolve, ms));
}
