/**
 * The visible undo countdown before ReplyLoop sends a reply on its own: a
 * small bar in the helpdesk page (in its own shadow root, so the page's
 * styles neither break it nor see into it) with a Cancel button.
 */
export interface UndoCountdownHandlers {
  onSend(): void;
  onCancel(): void;
}

export function showUndoCountdown(document: Document, seconds: number, handlers: UndoCountdownHandlers): void {
  const host = document.createElement('replyloop-undo-countdown');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    div { position: fixed; bottom: 16px; left: 50%; transform: translateX(-50%); z-index: 2147483647;
          display: flex; gap: 12px; align-items: center; padding: 10px 16px; border-radius: 8px;
          background: #1f2937; color: #fff; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px #0004; }
    button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 0; background: #fff; color: #1f2937; cursor: pointer; }`;
  const bar = document.createElement('div');
  bar.setAttribute('role', 'status');
  const label = document.createElement('span');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel sending';
  bar.append(label, cancel);
  root.append(style, bar);
  document.body.append(host);

  let remaining = seconds;
  const render = () => {
    label.textContent = `ReplyLoop sends this reply in ${remaining} s`;
  };
  const finish = (then: () => void) => {
    clearInterval(timer);
    host.remove();
    then();
  };
  const timer = setInterval(() => {
    remaining -= 1;
    if (remaining <= 0) finish(handlers.onSend);
    else render();
  }, 1_000);
  cancel.addEventListener('click', () => finish(handlers.onCancel));
  render();
}
