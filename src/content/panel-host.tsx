import { render } from 'preact';
import { Panel, type PanelProps } from '../ui/panel/Panel';
import { keepClearOf, placePanel, placeStrip, type Placement, type Rect } from './placement';
import { shadowHost } from './shadow-host';

/** Until the panel has been measured once. */
const HEIGHT_ESTIMATE_PX = 420;
/** panel.css caps the panel's height at this. */
const MAX_HEIGHT_PX = 640;

/**
 * What the panel must leave uncovered: a composer in a dialog (X's compose and reply, Facebook's
 * create-post) as the whole dialog box, unless the dialog element is the full-window layer.
 */
/** A site's dialog around a composer: an ARIA one, or a native <dialog> (LinkedIn's newer share box). */
export const DIALOG_SELECTOR = '[role="dialog"],dialog';

function clearRect(anchor: HTMLElement, viewportWidth: number): Rect {
  const own = keepClearOf(anchor.getBoundingClientRect());
  const dialog = anchor.closest(DIALOG_SELECTOR)?.getBoundingClientRect();
  return dialog && dialog.width < viewportWidth * 0.9 ? dialog : own;
}

/** The site's navigation (landmarks), which the panel never covers. Not the anchor's own surroundings. */
function navigationRects(anchor: HTMLElement): Rect[] {
  return [...document.querySelectorAll('[role="banner"],[role="navigation"]')]
    .filter((landmark) => !landmark.contains(anchor))
    .map((landmark) => landmark.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0);
}

/**
 * The `rapport-panel` element: created in the page's document (content scripts have no
 * customElements registry, so it stays an undefined element) with an open shadow root that isolates
 * its styles both ways. It also draws the marker on the composer being scored.
 */
export function createPanelHost() {
  const { host, shadow, root, dispose } = shadowHost('rapport-panel');
  host.setAttribute('data-state', 'idle');
  host.setAttribute('data-composers', '0');
  const marker = document.createElement('div');
  marker.className = 'marker';
  marker.setAttribute('data-testid', 'rapport-marker');
  shadow.append(marker);

  let anchor: HTMLElement | null = null;
  let props: PanelProps | null = null;
  let frame = 0;
  /** Set when no side has room: the panel shows as a strip attached to the composer. */
  let roomless = false;
  /**
   * Expanded on request (strip click or the keyboard shortcut) although collapsed or roomless; ends
   * when focus leaves the panel, on Esc, or with the collapse button. The stored preference is unchanged.
   */
  let peeking = false;
  /** The pointer is over the panel: a new score must not move a button out from under it. */
  let pointerInside = false;
  /**
   * A press on the panel is held: until it ends nothing new is drawn in the panel (a new score, the
   * "more below" cue measured again after a scroll), so the release lands on the button pressed and
   * its click reaches it; where the panel sits already holds while the pointer is over it. A score
   * arriving, or the late scroll event of a list scrolled just before the press, moved or covered the
   * button between press and release, and the click was lost.
   */
  let held = false;
  /** Where the panel was last put. */
  let placed: { mode: string; left: number; top: number } | null = null;
  /** The page scrolled or the window resized since: the panel follows, pointer or not. */
  let viewportMoved = false;

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
    if (!props || held) return;
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
            // Opening from the strip: show it now; only a strip the user collapsed changes the stored choice.
            if (current.collapsed && !roomless) current.onToggleCollapsed();
            else peeking = true;
            paint();
            focusPanel();
          } else current.onToggleCollapsed();
          schedulePlacement();
        }}
        onEscape={() => {
          current.onEscape();
          if (peeking) {
            peeking = false;
            paint();
          }
        }}
      />,
      root,
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

  /** Focuses the hint at `index` (clamped); with no hints, the panel itself, or the strip. */
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
    if (!anchor?.isConnected || !props || host.hidden) return;
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const composer = anchor.getBoundingClientRect();
    const clear = clearRect(anchor, viewport.width);
    const shownElement = shadow.querySelector('.panel, .badge');
    const shown = shownElement?.getBoundingClientRect();
    const expanded = showsExpanded();
    // The height the panel's content wants (not what the last placement allowed it), up to its cap.
    const height = expanded && shownElement?.scrollHeight ? Math.min(shownElement.scrollHeight + 2, MAX_HEIGHT_PX) : HEIGHT_ESTIMATE_PX;
    // Room is judged for the expanded panel whatever shows now, so the mode does not flip-flop.
    const forPanel = placePanel(clear, composer, navigationRects(anchor), viewport, height);
    const nowRoomless = forPanel.mode === 'strip';
    if (nowRoomless !== roomless) {
      roomless = nowRoomless;
      paint();
      // What shows changed, and with it the host's size: measure again on the next frame.
      schedulePlacement();
      return;
    }
    let placement: Placement = forPanel;
    if (roomless || !expanded) {
      const size = { width: expanded ? forPanel.width : (shown?.width ?? 300), height: expanded ? height : (shown?.height ?? 32) };
      // Collapsed beside a composer with room: the strip waits where the panel would be.
      placement = !roomless && forPanel.mode === 'beside' ? { ...forPanel, width: size.width } : placeStrip(clear, composer, viewport, size);
    }
    const mode = placement.mode === 'beside' ? placement.side : 'strip';
    // A new score or a growing draft under the pointer keeps the panel at its height on the page (only
    // its length adapts), so a click that starts on a button ends on it. Scrolling, resizing, a move
    // sideways or the pointer leaving re-places it.
    const hold = pointerInside && !viewportMoved && placed !== null && placed.mode === mode && placed.left === placement.left;
    if (hold) placement = { ...placement, top: placed!.top, maxHeight: placement.top + placement.maxHeight - placed!.top };
    placed = { mode, left: placement.left, top: placement.top };
    viewportMoved = false;
    host.setAttribute('data-placement', mode);
    // Read by panel.css's important :host rule, so a page rule like `* { left: 0 !important }` cannot move it.
    const style = host.style;
    style.setProperty('--rapport-left', `${Math.round(placement.left)}px`);
    style.setProperty('--rapport-top', `${Math.round(placement.top)}px`);
    style.setProperty('--rapport-width', `${Math.round(placement.width)}px`);
    style.setProperty('--rapport-max-height', `${Math.round(placement.maxHeight)}px`);
    // The marker: a thin bar along the scored composer's leading edge.
    style.setProperty('--rapport-marker-left', `${Math.round(composer.left - 6)}px`);
    style.setProperty('--rapport-marker-top', `${Math.round(composer.top)}px`);
    style.setProperty('--rapport-marker-height', `${Math.round(composer.height)}px`);
  }

  function onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (peeking && next instanceof Node && !host.contains(next) && !shadow.contains(next)) {
      peeking = false;
      paint();
      schedulePlacement();
    }
  }

  function onPointerEnter(event: PointerEvent): void {
    if (event.isTrusted) pointerInside = true;
  }

  function onPointerLeave(event: PointerEvent): void {
    if (!event.isTrusted) return;
    pointerInside = false;
    schedulePlacement();
  }

  /** A press on the panel holds it; the press ending, or the pointer leaving the panel, lets go. */
  function onPress(event: PointerEvent): void {
    if (event.type === 'pointerdown') held = event.isTrusted && !event.button;
    else if (held) {
      // The release's mouseup and click follow in this same task, so nothing else is drawn before them
      // (what the click itself does is); what waited is drawn after them.
      held = false;
      setTimeout(paint);
    }
  }

  function onViewportMove(): void {
    viewportMoved = true;
    schedulePlacement();
  }

  window.addEventListener('scroll', onViewportMove, { capture: true, passive: true });
  window.addEventListener('resize', onViewportMove, { passive: true });
  host.addEventListener('focusout', onFocusOut);
  host.addEventListener('pointerenter', onPointerEnter);
  host.addEventListener('pointerleave', onPointerLeave);
  for (const type of ['pointerdown', 'pointerup', 'pointercancel', 'pointerleave']) host.addEventListener(type, onPress as EventListener);
  // The list's own scroll handler (the "more below" cue) waits too; the catching-up render measures again.
  shadow.addEventListener('scroll', (event) => held && event.stopImmediatePropagation(), true);
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-mode'] });
  if (document.body) themeObserver.observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
  colorScheme.addEventListener('change', applyTheme);
  applyTheme();

  return {
    host,
    shadow,
    /** Shows the panel for `el`, or hides it (null): one composer at a time. */
    anchorTo(el: HTMLElement | null): void {
      host.hidden = el === null;
      // A hidden panel gets no pointerleave (nor the end of a press).
      if (el === null) pointerInside = held = false;
      if (anchor === el) return;
      if (anchor) resizeObserver.unobserve(anchor);
      anchor = el;
      peeking = false;
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
      window.removeEventListener('scroll', onViewportMove, { capture: true });
      window.removeEventListener('resize', onViewportMove);
      host.removeEventListener('focusout', onFocusOut);
      host.removeEventListener('pointerenter', onPointerEnter);
      host.removeEventListener('pointerleave', onPointerLeave);
      render(null, root);
      dispose();
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
