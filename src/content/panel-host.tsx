import { render } from 'preact';
import { Panel, type PanelProps } from '../ui/panel/Panel';
import panelCss from '../ui/panel/panel.css?inline';

/** Space between the panel and the composer, and between the panel and the window's edges. */
const GAP_PX = 12;
/** The expanded panel's width (panel.css `.panel { width }`). */
export const PANEL_WIDTH_PX = 320;
/**
 * Both sites put the post button just below the editor, inside the editor's horizontal extent
 * (X: below-right in the same column; Facebook: the dialog's bottom row). Keeping clear of the
 * editor's rect stretched down by this much keeps the panel off the button too.
 */
const POST_BUTTON_ALLOWANCE_PX = 72;
/** Until the badge has been measured once. */
const BADGE_ESTIMATE = { width: 140, height: 34 };

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Placement =
  /** The expanded panel (or the badge) beside the composer. */
  | { mode: 'beside'; side: 'right' | 'left'; left: number; top: number }
  /** No side has room for the panel: only the badge, in a window corner clear of the composer. */
  | { mode: 'corner'; corner: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'; left: number; top: number };

/**
 * Where the panel goes. Beside the composer when a side has room (right first: on both sites the
 * left is the site's own navigation), top-aligned with it and kept inside the window; otherwise a
 * corner whose badge does not overlap the composer or its post button. Pure, so it is unit-tested.
 */
export function placePanel(composer: Rect, viewport: { width: number; height: number }, size: { width: number; height: number }): Placement {
  const keepClear = keepClearOf(composer);
  const visible = composer.bottom > 0 && composer.top < viewport.height && composer.right > 0 && composer.left < viewport.width;
  const top = clamp(composer.top, GAP_PX, viewport.height - size.height - GAP_PX);
  if (visible) {
    if (composer.right + GAP_PX + size.width + GAP_PX <= viewport.width) return { mode: 'beside', side: 'right', left: composer.right + GAP_PX, top };
    if (composer.left - GAP_PX - size.width - GAP_PX >= 0) return { mode: 'beside', side: 'left', left: composer.left - GAP_PX - size.width, top };
  }
  return cornerFor(keepClear, viewport, size);
}

/** The composer's rect stretched down over the site's post button. */
export function keepClearOf(composer: Rect): Rect {
  return { left: composer.left, top: composer.top, right: composer.right, bottom: composer.bottom + POST_BUTTON_ALLOWANCE_PX };
}

/** The first window corner whose box stays off `keepClear`; failing that, the one that overlaps it least. */
export function cornerFor(keepClear: Rect, viewport: { width: number; height: number }, size: { width: number; height: number }): Extract<Placement, { mode: 'corner' }> {
  const right = viewport.width - size.width - GAP_PX;
  const bottom = viewport.height - size.height - GAP_PX;
  const corners = [
    { corner: 'bottom-right', left: right, top: bottom },
    { corner: 'bottom-left', left: GAP_PX, top: bottom },
    { corner: 'top-right', left: right, top: GAP_PX },
    { corner: 'top-left', left: GAP_PX, top: GAP_PX },
  ] as const;
  const overlap = ({ left, top }: { left: number; top: number }): number => {
    const width = Math.min(left + size.width, keepClear.right) - Math.max(left, keepClear.left);
    const height = Math.min(top + size.height, keepClear.bottom) - Math.max(top, keepClear.top);
    return width > 0 && height > 0 ? width * height : 0;
  };
  const best = corners.reduce((chosen, candidate) => (overlap(candidate) < overlap(chosen) ? candidate : chosen));
  return { mode: 'corner', corner: best.corner, left: Math.max(0, best.left), top: Math.max(0, best.top) };
}

/**
 * A composer in a dialog (X's compose and reply, Facebook's create-post) is kept clear of as the whole
 * dialog box, unless the dialog element is the full-window layer rather than the box.
 */
function keepClearRect(anchor: HTMLElement, viewportWidth: number): DOMRect {
  const own = anchor.getBoundingClientRect();
  const dialog = anchor.closest('[role="dialog"]')?.getBoundingClientRect();
  return dialog && dialog.width < viewportWidth * 0.9 ? dialog : own;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

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
  let props: PanelProps | null = null;
  let frame = 0;
  /** Set when no side has room: the panel shows only as a badge in a corner. */
  let roomless = false;
  /**
   * Expanded on request (badge click or the keyboard shortcut) although collapsed or roomless; ends
   * when focus leaves the panel, on Esc, or with the collapse button. The stored preference is unchanged.
   */
  let peeking = false;

  const resizeObserver = new ResizeObserver(() => schedulePlacement());
  resizeObserver.observe(host);
  // The site's theme can change without any typing (X's display settings, Facebook's dark mode toggle).
  const themeObserver = new MutationObserver(() => applyTheme());
  const colorScheme = matchMedia('(prefers-color-scheme: dark)');

  function applyTheme(): void {
    const theme = detectTheme();
    if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
  }

  function schedulePlacement(): void {
    if (!frame) frame = requestAnimationFrame(place);
  }

  function showsExpanded(): boolean {
    return props !== null && (peeking || (!props.collapsed && !roomless));
  }

  function paint(): void {
    if (!props) return;
    const current = props;
    const expanded = showsExpanded();
    // A re-render can remove the focused element (its hint was fixed, dismissed or re-scored).
    const focusedBefore = shadow.activeElement;
    const focusedIndex = focusedHintIndex();
    render(
      <Panel
        {...current}
        collapsed={!expanded}
        onToggleCollapsed={() => {
          if (expanded && peeking) {
            peeking = false;
            paint();
          } else if (!expanded && (roomless || current.collapsed)) {
            // Opening from the badge: show it now; only a badge the user collapsed changes the stored choice.
            if (current.collapsed && !roomless) current.onToggleCollapsed();
            else peeking = true;
            paint();
            focusPanel();
          } else current.onToggleCollapsed();
        }}
        onEscape={() => {
          current.onEscape();
          if (peeking) {
            peeking = false;
            paint();
          }
        }}
      />,
      shadow,
    );
    // Then focus stays in the panel, at the same place in the list, instead of falling to the page.
    const lost = focusedBefore !== null && !focusedBefore.isConnected && shadow.activeElement === null;
    if (lost && (document.activeElement === null || document.activeElement === document.body)) focusHint(focusedIndex);
  }

  function hintItems(): HTMLElement[] {
    return [...shadow.querySelectorAll<HTMLElement>('[data-testid="rapport-hint"]')];
  }

  /** The position of the hint that has focus (or holds the focused button), or -1. */
  function focusedHintIndex(): number {
    const focused = shadow.activeElement;
    return focused ? hintItems().findIndex((item) => item.contains(focused)) : -1;
  }

  /** Focuses the hint at `index` (clamped); with no hints, the panel itself, or the badge. */
  function focusHint(index: number): void {
    const items = hintItems();
    const item = items[Math.min(Math.max(0, index), items.length - 1)];
    const target = item ?? shadow.querySelector<HTMLElement>('[data-testid="rapport-panel-body"], [data-testid="rapport-badge"]');
    target?.focus({ preventScroll: true });
  }

  function focusPanel(): void {
    shadow.querySelector<HTMLElement>('[data-testid="rapport-panel-body"]')?.focus({ preventScroll: true });
  }

  function place(): void {
    frame = 0;
    if (!anchor?.isConnected || !props) return;
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const composer = keepClearRect(anchor, viewport.width);
    const expanded = showsExpanded();
    const measured = host.getBoundingClientRect();
    const size = measured.width > 0 ? { width: measured.width, height: measured.height } : expanded ? { width: PANEL_WIDTH_PX, height: BADGE_ESTIMATE.height } : BADGE_ESTIMATE;
    // Room is judged for the expanded panel's width whatever shows now, so the mode does not flip-flop.
    const forPanel = placePanel(composer, viewport, { width: PANEL_WIDTH_PX, height: size.height });
    const nowRoomless = forPanel.mode === 'corner';
    if (nowRoomless !== roomless) {
      roomless = nowRoomless;
      paint();
      // What shows changed, and with it the host's size: measure again on the next frame.
      schedulePlacement();
      return;
    }
    let placement: Placement;
    if (roomless) placement = cornerFor(keepClearOf(composer), viewport, size);
    else placement = expanded ? forPanel : placePanel(composer, viewport, size);
    host.setAttribute('data-placement', placement.mode === 'beside' ? placement.side : placement.corner);
    // Read by panel.css's important :host rule, so a page rule like `* { left: 0 !important }` cannot move it.
    host.style.setProperty('--rapport-left', `${Math.round(placement.left)}px`);
    host.style.setProperty('--rapport-top', `${Math.round(placement.top)}px`);
  }

  function onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (peeking && next instanceof Node && !host.contains(next) && !shadow.contains(next)) {
      peeking = false;
      paint();
      schedulePlacement();
    }
  }

  window.addEventListener('scroll', schedulePlacement, { capture: true, passive: true });
  window.addEventListener('resize', schedulePlacement, { passive: true });
  host.addEventListener('focusout', onFocusOut);
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-mode'] });
  if (document.body) themeObserver.observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
  colorScheme.addEventListener('change', applyTheme);
  applyTheme();

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
    render(next: PanelProps, state: string, composers: number): void {
      props = next;
      host.setAttribute('data-state', state);
      host.setAttribute('data-composers', String(composers));
      applyTheme();
      paint();
      schedulePlacement();
    },
    /** Shows the expanded panel now (keyboard shortcut), even if collapsed or out of room. */
    expand(): void {
      if (showsExpanded()) return;
      peeking = true;
      paint();
      schedulePlacement();
    },
    focusHint,
    /** Focuses the hint after the focused one, wrapping round; the first when none has focus. */
    cycleHints(): void {
      const count = hintItems().length;
      focusHint(count === 0 ? 0 : (focusedHintIndex() + 1) % count);
    },
    dispose(): void {
      cancelAnimationFrame(frame);
      resizeObserver.disconnect();
      themeObserver.disconnect();
      colorScheme.removeEventListener('change', applyTheme);
      window.removeEventListener('scroll', schedulePlacement, { capture: true });
      window.removeEventListener('resize', schedulePlacement);
      host.removeEventListener('focusout', onFocusOut);
      render(null, shadow);
      host.remove();
    },
  };
}

export type PanelHost = ReturnType<typeof createPanelHost>;

/**
 * Follows the site's own theme (X's dim and lights-out, Facebook's dark mode), read from the page's
 * background colour; a transparent page falls back to the system's prefers-color-scheme.
 */
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
