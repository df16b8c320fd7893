import { isFocusPanelCommand } from '../messages';
import type { SiteAdapter } from '../sites';
import { fromDomPoint, readLayout, toDomRange } from '../sites/layout';
import { createCardHost, type CardHost } from './card-host';
import { watchComposers } from './composers';
import { createUnderlines } from './highlights';
import { createPanelHost, type PanelHost } from './panel-host';
import { rangesOf } from './ranges';
import { diffTexts, remapRange } from './remap';
import { createSession, type Session } from './session';
import { extension as browser } from './extension-api';
import type { ContentSettings, contentSettings } from './settings';

/** Pointer rest over an underline before its card opens, and grace before a hover card closes. */
const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 400;

/** Alt+Enter (⌥↩ on a Mac) at the caret opens the card of the underline it is in. */
const isCardShortcut = (event: KeyboardEvent): boolean => event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

interface OpenCard {
  session: Session;
  key: string;
  /** A card opened from the keyboard takes focus, and gives it back to the editor when it closes. */
  via: 'pointer' | 'hover' | 'keyboard';
}

/**
 * Coaches one draft at a time on a site: the composer that has focus or was last written in.
 * Composers are scored only once touched (focused), private ones only when the user asked for it,
 * and the panel hides for an empty composer without focus. Everything a page could trigger
 * (clicks on underlines, the card's buttons, the card shortcut) acts only on trusted events.
 */
export function coach(site: SiteAdapter, settings: ReturnType<typeof contentSettings>, getSettings: () => ContentSettings) {
  const underlines = createUnderlines();
  /** Composers on the page that Rapport may coach. */
  const composers = new Set<HTMLElement>();
  /** Composers the user has touched: only these are scored. */
  const sessions = new Map<HTMLElement, Session>();
  let active: Session | null = null;
  let panel: PanelHost | null = null;
  let card: CardHost | null = null;
  let openCard: OpenCard | null = null;
  let cardError: string | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let savedCaret: SavedCaret | null = null;
  /** True while a fix is being applied: the caret it leaves is not the user's. */
  let applying = false;
  /** Why the panel's last settings change (turn off a rule, collapse) was not saved. */
  let settingsError: string | null = null;

  function saved(result: Promise<string | null>): void {
    void result.then((error) => {
      settingsError = error === null ? null : `Not saved: ${error}`;
      renderPanel();
    });
  }

  const coached = (el: HTMLElement): boolean => getSettings().coachPrivateMessages || !site.isPrivate(el);
  const composerOf = (target: EventTarget | null): HTMLElement | null => {
    const el = target instanceof Element ? target.closest<HTMLElement>(site.composerSelector) : null;
    return el && composers.has(el) ? el : null;
  };
  const hasFocus = (el: Element): boolean => document.activeElement === el || document.activeElement === panel?.host || document.activeElement === card?.host;

  function touch(el: HTMLElement): Session {
    let session = sessions.get(el);
    if (!session) {
      session = createSession({ adapter: site, el, underlines, onChange: sessionChanged });
      sessions.set(el, session);
      session.refresh();
    }
    return session;
  }

  function activate(session: Session): void {
    if (active !== session) {
      active = session;
      closeCard();
    }
    renderPanel();
  }

  function sessionChanged(changed: Session): void {
    if (changed === active) renderPanel();
    if (openCard?.session === changed) renderCard();
  }

  function renderPanel(): void {
    if (composers.size === 0) return;
    panel ??= createPanelHost();
    const snapshot = active?.snapshot;
    // One draft at a time, and no panel for a composer that is empty and not being written in.
    panel.anchorTo(active && (snapshot!.text.trim() !== '' || hasFocus(active.el)) ? active.el : null);
    // Edits made while the panel has focus (Apply) move the caret Esc will restore, one edit at a time.
    if (savedCaret && active && savedCaret.el === active.el && snapshot && snapshot.text !== savedCaret.text) {
      savedCaret = caretThroughEdit(savedCaret, snapshot.text);
    }
    panel.render(
      {
        status: snapshot?.status ?? 'idle',
        report: snapshot?.report ?? null,
        preset: snapshot?.preset ?? null,
        hints: snapshot?.hints ?? [],
        networkLabel: site.label,
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
        onTurnOffRule: (rule) => saved(settings.change({ kind: 'rule', rule, disabled: true })),
        onFocusHint: (key) => active?.focusHint(key),
        onToggleCollapsed: () => saved(settings.change({ kind: 'panel-collapsed', collapsed: !getSettings().panelCollapsed })),
        onClearApplyError: () => active?.clearApplyError(),
        onEscape: returnToEditor,
        historyOffer: getSettings().historyOffer,
        onHistoryOffer: (accept, event) => event.isTrusted && saved(settings.change({ kind: 'history-offer', accept })),
      },
      snapshot?.status ?? 'idle',
      composers.size,
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

  // ---- the hint card at the underline ----

  function showCard(session: Session, key: string, via: OpenCard['via']): void {
    clearTimeout(hoverTimer);
    if (session !== active) activate(session);
    openCard = { session, key, via };
    cardError = null;
    renderCard();
    if (via === 'keyboard') card?.focusFirstButton();
  }

  function renderCard(): void {
    if (!openCard) return;
    const { session, key, via } = openCard;
    const hint = session.snapshot.hints.find((candidate) => candidate.key === key);
    const first = hint && rangesOf(hint)[0];
    const words = first && toDomRange(readLayout(site, session.el), first.start, first.end);
    // The words were rewritten or the hint went away with a new score: the card has nothing to say.
    if (!hint || !words) return closeCard();
    card ??= createCardHost();
    card.show(
      {
        hint,
        error: cardError,
        onApply: (event) => {
          if (event.isTrusted) void applyFromCard(session, key, via);
        },
        onDismiss: (event) => {
          if (!event.isTrusted) return;
          session.dismiss(key);
          closeCard();
        },
        onClose: closeCard,
      },
      words.getClientRects()[0] ?? words.getBoundingClientRect(),
    );
  }

  /** The same safe path as the panel's Apply; on failure the card says why and stays. */
  async function applyFromCard(session: Session, key: string, via: OpenCard['via']): Promise<void> {
    applying = true;
    try {
      const ok = await session.apply(key);
      if (ok) closeCard(false);
      else {
        cardError = session.snapshot.applyError;
        renderCard();
      }
    } finally {
      applying = false;
      if (via === 'keyboard' && openCard === null && document.activeElement !== session.el) session.el.focus({ preventScroll: true });
    }
  }

  function closeCard(returnFocus = true): void {
    clearTimeout(hoverTimer);
    const closing = openCard;
    openCard = null;
    card?.hide();
    if (returnFocus && closing?.via === 'keyboard' && closing.session === active) returnToEditor();
  }

  function hintAtPoint(el: HTMLElement, x: number, y: number): { session: Session; key: string } | null {
    const session = sessions.get(el);
    const position = document.caretPositionFromPoint?.(x, y);
    if (!session || !position) return null;
    const hit = underlines.hitTest(position.offsetNode, position.offset);
    return hit?.owner === session ? { session, key: hit.underline.key } : null;
  }

  // ---- sending: a press of the site's Send, then the composer empties or goes away ----

  /**
   * A press of Send at `from` (a send button, or a composer for its shortcut) sends every touched
   * composer in its dialog (a thread goes out together), or else the draft being written.
   */
  function expectSend(from: Element): void {
    const dialog = from.closest('[role="dialog"]');
    for (const session of sessions.values()) if ((dialog ? dialog.contains(session.el) : session === active) && !site.isPrivate(session.el)) session.expectSend();
  }

  /** Clicking an underlined word opens its card and marks its hint in the panel; focus stays in the editor. */
  function onClick(event: MouseEvent): void {
    if (!event.isTrusted) return;
    // A click's target is an element (or the document, which has no closest).
    const button = (event.target as Element).closest?.(site.sendButton);
    if (button) expectSend(button);
    const el = composerOf(event.target);
    if (!el) return;
    const hit = hintAtPoint(el, event.clientX, event.clientY);
    if (!hit) return closeCard(false);
    hit.session.focusHint(hit.key);
    showCard(hit.session, hit.key, 'pointer');
  }

  /** Resting the pointer on an underline opens its card; moving off closes a card it opened. */
  function onPointerMove(event: PointerEvent): void {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    clearTimeout(hoverTimer);
    const el = composerOf(event.target);
    const overCard = card !== null && event.composedPath().includes(card.host);
    if (overCard) return;
    const hit = el ? hintAtPoint(el, event.clientX, event.clientY) : null;
    if (hit && hit.key !== openCard?.key) hoverTimer = setTimeout(() => showCard(hit.session, hit.key, 'hover'), HOVER_OPEN_MS);
    else if (!hit && openCard?.via === 'hover') hoverTimer = setTimeout(closeCard, HOVER_CLOSE_MS);
  }

  /** A press outside the card and its words closes it, as a spelling checker's card does. */
  function onPointerDown(event: PointerEvent): void {
    if (openCard && card && !event.composedPath().includes(card.host) && !composerOf(event.target)) closeCard(false);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    const el = composerOf(event.target);
    if (el && site.isSendKey(el, event)) expectSend(el);
    // Esc in the editor closes an open card first (and not the site's dialog around the editor).
    if (event.key === 'Escape' && openCard && el) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return closeCard(false);
    }
    if (!isCardShortcut(event)) return;
    const session = el && sessions.get(el);
    const selection = document.getSelection();
    if (!session || !selection || selection.rangeCount === 0) return;
    const layout = readLayout(site, session.el);
    const caret = fromDomPoint(layout, selection.focusNode!, selection.focusOffset);
    if (caret === null) return;
    const hint = session.snapshot.hints.find((candidate) => candidate.kind === 'issue' && rangesOf(candidate).some((range) => range.start <= caret && caret <= range.end));
    // Not at an underline: the key is the editor's, untouched.
    if (!hint) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    showCard(session, hint.key, 'keyboard');
  }

  // ---- focus and the caret ----

  function onFocusIn(event: FocusEvent): void {
    const el = composerOf(event.target);
    if (el) activate(touch(el));
  }

  /**
   * Notes where the caret was as focus leaves a composer, so Esc can put it back. Captured on the
   * document, this runs before the editor's own blur handling: Draft.js clears the DOM selection
   * on blur and keeps none of its own. Once per focus change, not on every caret move.
   */
  function onFocusOut(event: FocusEvent): void {
    const session = event.target instanceof HTMLElement ? sessions.get(event.target) : undefined;
    if (!session) return;
    // Whether the panel stays depends on where focus lands, known after this event.
    setTimeout(renderPanel);
    if (applying) return;
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

  // ---- composers coming and going ----

  function attach(el: HTMLElement): void {
    composers.add(el);
    if (document.activeElement === el) activate(touch(el));
    else renderPanel();
  }

  function detach(el: HTMLElement): void {
    composers.delete(el);
    const session = sessions.get(el);
    sessions.delete(el);
    if (session) {
      session.dispose();
      if (openCard?.session === session) closeCard(false);
      // The draft went away (a dialog closed): nothing else becomes the draft until the user writes there.
      if (active === session) active = null;
    }
    if (composers.size === 0) {
      panel?.dispose();
      panel = null;
    } else renderPanel();
  }

  /** The `focus-panel` shortcut: opens the panel if needed and focuses the next hint, round and round. */
  function onCommand(message: unknown): undefined {
    if (!isFocusPanelCommand(message) || !active || !panel || panel.host.hidden) return undefined;
    panel.expand();
    panel.cycleHints();
    return undefined;
  }

  const watcher = watchComposers(site, coached, attach, detach);
  const listeners: Array<[string, EventListener]> = [
    ['focusin', onFocusIn as EventListener],
    ['focusout', onFocusOut as EventListener],
    ['click', onClick as EventListener],
    ['keydown', onKeyDown as EventListener],
    ['pointermove', onPointerMove as EventListener],
    ['pointerdown', onPointerDown as EventListener],
  ];
  for (const [type, listener] of listeners) document.addEventListener(type, listener, true);
  browser.runtime.onMessage.addListener(onCommand);

  return {
    settingsChanged(scoringChanged: boolean): void {
      // Private composers come or go with the user's choice.
      watcher.scan();
      if (scoringChanged) for (const session of sessions.values()) session.refresh();
      renderPanel();
    },
    /** Takes away everything this script added: panel, card, underlines and listeners. The drafts stay as they are. */
    stop(): void {
      watcher.stop();
      clearTimeout(hoverTimer);
      for (const [type, listener] of listeners) document.removeEventListener(type, listener, true);
      try {
        browser.runtime.onMessage.removeListener(onCommand);
      } catch {
        // An orphaned script's runtime is gone, and its listener with it.
      }
      card?.dispose();
      card = null;
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
