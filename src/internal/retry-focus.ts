import type { ReactiveControllerHost } from 'lit';

/**
 * The retry control's press removes it: once the retried load ends, focus goes
 * on to what replaced it, the content (read from its start, focusable only
 * until it loses focus) or the new notice's retry; unless the reader has gone
 * on elsewhere meanwhile. Returns what the retry control calls when pressed.
 */
export function retryFocus(host: ReactiveControllerHost & HTMLElement & { state: string; renderRoot: HTMLElement | DocumentFragment }): () => void {
  let pressed = false;
  host.addController({
    hostUpdated() {
      if (!pressed || host.state === 'loading') return;
      pressed = false;
      const active = document.activeElement;
      const lost = !active || active === document.body || (active === host && !host.shadowRoot?.activeElement);
      const target = lost ? host.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ?? host.renderRoot.querySelector<HTMLElement>('.lede') : null;
      if (target?.localName === 'div') {
        target.tabIndex = -1;
        target.onblur = () => target.removeAttribute('tabindex');
      }
      target?.focus();
    },
  });
  return () => (pressed = true);
}
