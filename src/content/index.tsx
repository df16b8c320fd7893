import { extension as browser } from './extension-api';
import { isFocusPanelCommand } from '../messages';
import { siteFor, type SiteAdapter } from '../sites';
import { fromDomPoint, readLayout, toDomRange } from '../sites/layout';
import { watchComposers, type ComposerWatcher } from './composers';
import { createUnderlines } from './highlights';
import { diffTexts, remapRange } from './remap';
import { createPanelHost, type PanelHost } from './panel-host';
import { createSession, type Session } from './session';
import { contentSettings, type ContentSettings } from './settings';

// Content script entry: kept small. It finds composers, forwards their text to the worker, and shows
// the answer; all scoring lives in the worker.

const adapter = siteFor(new URL(location.href));
/**
 * Settles once start-up is done: settings read and, where Rapport is on, the composers already in
 * the page attached. It lives in the content script's own world, which the page cannot see; tests
 * wait for it (a positive signal) before they check that something did not happen.
 */
(globalThis as { rapportStarted?: Promise<void> }).rapportStarted = adapter ? start(adapter) : Promise.resolve();

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
  let savedCaret: SavedCaret | null = null;
  /** True while a fix from the panel is being applied: the caret it leaves is not the user's. */
  let applying = false;
  /** Why the panel's last settings change (turn off a rule, collapse) was not saved. */
  let settingsError: string | null = null;

  function saved(result: Promise<string | null>): void {
    void result.then((error) => {
      settingsError = error === null ? null : `Not saved: ${error}`;
      renderPanel();
    });
  }

  function ensurePanel(): PanelHost {
    if (!panel) {
      panel = createPanelHost();
    }
    return panel;
  }

  function renderPanel(): void {
    if (!panel && sessions.size === 0) return;
    const host = ensurePanel();
    host.anchorTo(active?.el ?? null);
    const snapshot = active?.snapshot;
    // Edits made while the panel has focus (Apply) move the caret Esc will restore, one edit at a time.
    if (savedCaret && active && savedCaret.el === active.el && snapshot && snapshot.text !== savedCaret.text) {
      savedCaret = caretThroughEdit(savedCaret, snapshot.text);
    }
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
        onApply: (key, from) => void applyFromPanel(key, from),
        onDismiss: (key) => active?.dismiss(key),
        settingsError,
        onClearSettingsError: () => {
          settingsError = null;
          renderPanel();
        },
        onTurnOffRule: (rule) => saved(settings.turnOffRule(rule)),
        onFocusHint: (key) => active?.focusHint(key),
        onToggleCollapsed: () => saved(settings.setPanelCollapsed(!getSettings().panelCollapsed)),
        onClearApplyError: () => active?.clearApplyError(),
        onEscape: returnToEditor,
      },
      snapshot?.status ?? 'idle',
      sessions.size,
    );
  }

  /**
   * Apply moves focus into the editor to edit through its own input path, and leaves the caret after
   * the fix. When the fix was asked for from the keyboard, focus comes back to the panel (the same
   * place in the list), so keyboard users can go on; Esc still returns to the caret they left.
   * After a click, focus stays in the editor so the user can simply keep typing.
   */
  async function applyFromPanel(key: string, from: 'keyboard' | 'pointer'): Promise<void> {
    const session = active;
    if (!session || !panel) return;
    const items = [...panel.shadow.querySelectorAll<HTMLElement>('[data-testid="rapport-hint"]')];
    const index = items.findIndex((item) => item.dataset.key === key);
    const panelHadFocus = from === 'keyboard' && panel.shadow.activeElement !== null;
    applying = true;
    try {
      await session.apply(key);
      if (panelHadFocus && panel && (document.activeElement === session.el || document.activeElement === document.body)) panel.focusHint(index);
    } finally {
      applying = false;
    }
  }

  /**
   * Notes where the caret was as focus leaves a composer, so Esc can put it back. Captured on the
   * document, this runs before the editor's own blur handling: Draft.js clears the DOM selection
   * on blur and keeps none of its own. Once per focus change, not on every caret move.
   */
  function rememberCaret(event: FocusEvent): void {
    const session = event.target instanceof HTMLElement ? sessions.get(event.target) : undefined;
    if (!session || applying) return;
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || !session.el.contains(selection.anchorNode)) return;
    const range = selection.getRangeAt(0);
    const layout = readLayout(site, session.el);
    const start = fromDomPoint(layout, range.startContainer, range.startOffset);
    const end = fromDomPoint(layout, range.endContainer, range.endOffset);
    if (start !== null && end !== null) savedCaret = { el: session.el, start, end, text: layout.text };
  }

  function returnToEditor(): void {
    if (!active) return;
    const session = active;
    session.focusHint(null);
    session.el.focus({ preventScroll: true });
    const caret = savedCaret?.el === session.el ? savedCaret : null;
    if (!caret) return;
    // Draft.js answers focus by re-rendering the selection it holds; set ours after that frame, and the
    // editor adopts it from the selectionchange that follows (PLATFORM.md, "Editors").
    requestAnimationFrame(() => {
      if (!session.el.isConnected || document.activeElement !== session.el) return;
      const layout = readLayout(site, session.el);
      const restored = caretThroughEdit(caret, layout.text);
      const range = toDomRange(layout, restored.start, restored.end);
      const selection = document.getSelection();
      if (range && selection) {
        selection.removeAllRanges();
        selection.addRange(range);
      }
    });
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
    // Only clicks inside a composer can land on an underline; the rest of the page costs nothing.
    const composer = event.target instanceof Element ? event.target.closest<HTMLElement>(site.composerSelector) : null;
    if (!composer || !sessions.has(composer)) return;
    const position = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    if (!position) return;
    const session = sessions.get(composer)!;
    const hit = underlines.hitTest(position.offsetNode, position.offset);
    if (hit?.owner !== session) return;
    if (session !== active) {
      active = session;
      renderPanel();
    }
    session.focusHint(hit.underline.key);
  }

  /** The `focus-panel` shortcut: opens the panel if needed and focuses the next hint, round and round. */
  function onCommand(message: unknown): undefined {
    if (!isFocusPanelCommand(message) || !active || !panel) return undefined;
    panel.expand();
    panel.cycleHints();
    return undefined;
  }

  const watcher: ComposerWatcher = watchComposers(site, attach, detach);
  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('focusout', rememberCaret, true);
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
      document.removeEventListener('focusout', rememberCaret, true);
      browser.runtime.onMessage.removeListener(onCommand);
      panel?.dispose();
      panel = null;
    },
  };
}

interface SavedCaret {
  el: HTMLElement;
  start: number;
  end: number;
  /** The editor's text the offsets belong to. */
  text: string;
}

/** The caret carried through one edit: after it moves with it, before it stays, inside it goes to its end. */
function caretThroughEdit(caret: SavedCaret, text: string): SavedCaret {
  const edit = diffTexts(caret.text, text);
  if (!edit) return caret;
  const moved = remapRange({ start: caret.start, end: caret.end }, edit);
  const editEnd = edit.start + edit.inserted;
  return moved ? { ...caret, ...moved, text } : { ...caret, start: editEnd, end: editEnd, text };
}
