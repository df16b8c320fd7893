import { render } from 'preact';
import { HintCard, type HintCardProps } from '../ui/panel/HintCard';
import { GAP_PX } from './placement';
import { shadowHost } from './shadow-host';

/**
 * The `rapport-card` element: the hint card that opens at an underline. Like the panel, an
 * undefined element in the page's document with an open shadow root.
 */
export function createCardHost() {
  const { host, shadow, root, dispose } = shadowHost('rapport-card');
  return {
    host,
    /** Shows the card just below the words (above them when the window has no room below). */
    show(props: HintCardProps, words: DOMRect): void {
      render(<HintCard {...props} />, root);
      host.hidden = false;
      const card = shadow.querySelector('.card')!.getBoundingClientRect();
      const viewport = document.documentElement;
      const below = words.bottom + GAP_PX;
      const top = below + card.height <= viewport.clientHeight - GAP_PX ? below : Math.max(GAP_PX, words.top - GAP_PX - card.height);
      const left = Math.max(GAP_PX, Math.min(words.left, viewport.clientWidth - card.width - GAP_PX));
      host.style.setProperty('--rapport-left', `${Math.round(left)}px`);
      host.style.setProperty('--rapport-top', `${Math.round(top)}px`);
    },
    focusFirstButton(): void {
      shadow.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    },
    hide(): void {
      render(null, root);
      host.hidden = true;
    },
    dispose(): void {
      render(null, root);
      dispose();
    },
  };
}

export type CardHost = ReturnType<typeof createCardHost>;
