import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { FocusPanelCommandSchema } from '../messages';
import { siteFor, type SiteAdapter } from '../sites';
import { fromDomPoint, readLayout, toDomRange } from '../sites/layout';
import { watchComposers, type ComposerWatcher } from './composers';
import { createUnderlines } from './highlights';
import { createPanelHost, detectTheme, type PanelHost } from './panel-host';
import { createSession, type Session } from './session';
import { contentSettings, type ContentSettings } from './settings';

// Content script entry: kept small. It finds composers, forwards their text to the worker, and shows
// the answer; all scoring lives in the worker.

const adapter = siteFor(new URL(location.href));
if (adapter) void start(adapter);

async function start(site: SiteAdapter): Promise<void> {
  const settings = contentSettings();
  let current = await settings.load();
  let running = current.sitesEnabled[site.id] ? run(site, settings, () => current) : null;
  // Per-site on/off takes effect at once: the storage change arrives here from the popup or options.
  settings.onChange((next, scoringChanged) => {
    current = next;
    const on = next.sitesEnabled[site.id];
    if (on && !running) running = run(site, settings, () => current);
    else if (!on && running) {
      running.stop();
      running = null;
    } else running?.settingsChanged(scoringChanged);
  });
}

function run(site: SiteAdapter, settings: ReturnType<typeof contentSettings>, getSettings: () => ContentSettings) {
  const underlines = createUnderlines();
  const sessions = new Map<HTMLElement, Session>();
  let active: Session | null = null;
  let panel: PanelHost | null = null;
  let savedCaret: { el: HTMLElement; start: number; end: number } | null = null;

  function ensurePanel(): PanelHost {
    if (!panel) {
      panel = createPanelHost();
      panel.host.addEventListener('focusin', rememberCaret);
    }
    return panel;
  }

  function renderPanel(): void {
    if (!panel && sessions.size === 0) return;
    const host = ensurePanel();
    host.anchorTo(active?.el ?? null);
    const snapshot = active?.snapshot;
    host.render(
      {
        status: snapshot?.status ?? 'idle',
        report: snapshot?.report ?? null,
        preset: snapshot?.preset ?? null,
        hints: snapshot?.hints ?? [],
        network: site.id,
        textLength: snapshot?.text.length ?? 0,
        error: snapshot?.error ?? null,
        applyError: snapshot?.applyError ?? null,
        collapsed: getSettings().panelCollapsed,
        focusedHint: snapshot?.focusedHint ?? null,
        onApply: (key) => void active?.apply(key),
        onDismiss: (key) => active?.dismiss(key),
        onTurnOffRule: (rule) => void settings.turnOffRule(rule),
        onFocusHint: (key) => active?.focusHint(key),
        onToggleCollapsed: () => void settings.setPanelCollapsed(!getSettings().panelCollapsed),
        onClearApplyError: () => active?.clearApplyError(),
        onEscape: returnToEditor,
      },
      snapshot?.status ?? 'idle',
      sessions.size,
      detectTheme(),
    );
  }

  /** Where the caret was when focus moved into the panel, so Esc can put it back. */
  function rememberCaret(): void {
    if (!active) return;
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || !active.el.contains(selection.anchorNode)) return;
    const range = selection.getRangeAt(0);
    const layout = readLayout(site, active.el);
    const start = fromDomPoint(layout, range.startContainer, range.startOffset);
    const end = fromDomPoint(layout, range.endContainer, range.endOffset);
    if (start !== null && end !== null) savedCaret = { el: active.el, start, end };
  }

  function returnToEditor(): void {
    if (!active) return;
    active.focusHint(null);
    active.el.focus({ preventScroll: true });
    if (savedCaret?.el !== active.el) return;
    const range = toDomRange(readLayout(site, active.el), savedCaret.start, savedCaret.end);
    const selection = document.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  function attach(el: HTMLElement): void {
    const session = createSession({
      adapter: site,
      el,
      underlines,
      onChange: (changed) => {
        if (changed === active) renderPanel();
      },
    });
    sessions.set(el, session);
    if (!active || document.activeElement === el) active = session;
    session.refresh();
    renderPanel();
  }

  function detach(el: HTMLElement): void {
    const session = sessions.get(el);
    if (!session) return;
    session.dispose();
    sessions.delete(el);
    if (active === session) active = sessions.values().next().value ?? null;
    if (sessions.size === 0 && panel) {
      panel.dispose();
      panel = null;
    } else renderPanel();
  }

  function onFocusIn(event: FocusEvent): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(site.composerSelector) : null;
    const session = target ? sessions.get(target) : undefined;
    if (session && session !== active) {
      active = session;
      renderPanel();
    }
  }

  /** Clicking an underlined word focuses its hint in the panel (without moving focus out of the editor). */
  function onClick(event: MouseEvent): void {
    const position = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    if (!position) return;
    const hit = underlines.hitTest(position.offsetNode, position.offset);
    if (!hit) return;
    const session = [...sessions.values()].find((candidate) => candidate === hit.owner);
    if (!session) return;
    active = session;
    session.focusHint(hit.underline.key);
  }

  function onCommand(message: unknown): undefined {
    if (!v.is(FocusPanelCommandSchema, message) || !active || !panel) return undefined;
    if (getSettings().panelCollapsed) void settings.setPanelCollapsed(false);
    // Cycle: the hint after the focused one, or the first.
    const items = [...panel.shadow.querySelectorAll<HTMLElement>('[data-testid="rapport-hint"]')];
    if (items.length === 0) {
      panel.shadow.querySelector<HTMLElement>('button')?.focus();
      return undefined;
    }
    const index = items.findIndex((item) => item === panel!.shadow.activeElement);
    items[(index + 1) % items.length]!.focus();
    return undefined;
  }

  const watcher: ComposerWatcher = watchComposers(site, attach, detach);
  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('click', onClick, true);
  browser.runtime.onMessage.addListener(onCommand);

  return {
    settingsChanged(scoringChanged: boolean): void {
      if (scoringChanged) for (const session of sessions.values()) session.refresh();
      renderPanel();
    },
    stop(): void {
      watcher.stop();
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('click', onClick, true);
      browser.runtime.onMessage.removeListener(onCommand);
      panel?.dispose();
      panel = null;
    },
  };
}
