import { render } from 'preact';
import { Panel, type PanelProps } from '../ui/panel/Panel';
import panelCss from '../ui/panel/panel.css?inline';

const GAP_PX = 12;
const PANEL_WIDTH_PX = 320;

/**
 * The `rapport-panel` element: created in the page's document (content scripts have no
 * customElements registry, so it stays an undefined element) with an open shadow root that isolates
 * its styles both ways.
 */
export function createPanelHost() {
  const host = document.createElement('rapport-panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelCss);
  shadow.adoptedStyleSheets = [sheet];
  host.setAttribute('data-state', 'idle');
  host.setAttribute('data-composers', '0');
  host.hidden = true;
  document.documentElement.append(host);

  let anchor: HTMLElement | null = null;
  let frame = 0;
  const resizeObserver = new ResizeObserver(() => schedulePlacement());

  function schedulePlacement(): void {
    if (!frame) frame = requestAnimationFrame(place);
  }

  /** Beside the composer, never over its text: right if there is room, else left, else below the viewport's edge. */
  function place(): void {
    frame = 0;
    if (!anchor?.isConnected) return;
    const rect = anchor.getBoundingClientRect();
    const width = host.getBoundingClientRect().width || PANEL_WIDTH_PX;
    const height = host.getBoundingClientRect().height;
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    let left: number;
    if (rect.right + GAP_PX + width <= viewportWidth) left = rect.right + GAP_PX;
    else if (rect.left - GAP_PX - width >= 0) left = rect.left - GAP_PX - width;
    else left = Math.max(0, viewportWidth - width - GAP_PX);
    const top = Math.min(Math.max(GAP_PX, rect.top), Math.max(GAP_PX, viewportHeight - height - GAP_PX));
    host.style.left = `${Math.round(left)}px`;
    host.style.top = `${Math.round(top)}px`;
  }

  window.addEventListener('scroll', schedulePlacement, { capture: true, passive: true });
  window.addEventListener('resize', schedulePlacement, { passive: true });

  return {
    host,
    shadow,
    anchorTo(el: HTMLElement | null): void {
      if (anchor === el) return;
      if (anchor) resizeObserver.unobserve(anchor);
      anchor = el;
      host.hidden = el === null;
      if (el) {
        resizeObserver.observe(el);
        schedulePlacement();
      }
    },
    render(props: PanelProps, state: string, composers: number, theme: 'light' | 'dark'): void {
      host.setAttribute('data-state', state);
      host.setAttribute('data-composers', String(composers));
      host.setAttribute('data-theme', theme);
      render(<Panel {...props} />, shadow);
      schedulePlacement();
    },
    dispose(): void {
      cancelAnimationFrame(frame);
      resizeObserver.disconnect();
      window.removeEventListener('scroll', schedulePlacement, { capture: true });
      window.removeEventListener('resize', schedulePlacement);
      render(null, shadow);
      host.remove();
    },
  };
}

export type PanelHost = ReturnType<typeof createPanelHost>;

/** Follows the site's own theme (X's dim and lights-out, Facebook's dark mode), else the OS setting. */
export function detectTheme(): 'light' | 'dark' {
  for (const el of [document.body, document.documentElement]) {
    if (!el) continue;
    const match = getComputedStyle(el).backgroundColor.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
