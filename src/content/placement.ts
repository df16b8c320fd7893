// Where the coach goes, as pure geometry (unit-tested in tests/unit/ui/panel-placement.test.tsx).
// The expanded panel sits beside the composer it scores, never over the composer's text, its post
// button or the site's navigation; it may cover a sidebar. Where no side has room, a compact strip
// is attached to the composer instead.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space between the panel and what it stays clear of, and the window's edges. */
export const GAP_PX = 8;
/** The panel narrows to fit the room beside a composer, down to this… */
export const MIN_PANEL_WIDTH_PX = 280;
/** …and never grows past this. */
export const MAX_PANEL_WIDTH_PX = 340;
/** Below this the panel is too short to be worth opening beside the composer. */
const MIN_PANEL_HEIGHT_PX = 160;
/**
 * Both sites put the post button just below the editor, inside the editor's horizontal extent
 * (X: below-right in the same column; Facebook: the dialog's bottom row). Keeping clear of the
 * editor's rect stretched down by this much keeps the panel off the button too.
 */
const POST_BUTTON_ALLOWANCE_PX = 72;

export type Placement =
  /** The expanded panel (or, collapsed, the strip) beside the composer. */
  | { mode: 'beside'; side: 'right' | 'left'; left: number; top: number; width: number; maxHeight: number }
  /** No side has room: a compact strip attached to the composer, below it (or above). */
  | { mode: 'strip'; left: number; top: number; width: number; maxHeight: number };

/** Editors sit inside a padded box (Facebook's grey comment pill); the panel keeps off that too. */
const BOX_PADDING_PX = 16;

/** The composer's rect with its box's padding, stretched down over the site's post button. */
export function keepClearOf(composer: Rect): Rect {
  // Spelled out: a DOMRect's sides are getters, which a spread would not copy.
  return { left: composer.left - BOX_PADDING_PX, top: composer.top, right: composer.right + BOX_PADDING_PX, bottom: composer.bottom + POST_BUTTON_ALLOWANCE_PX };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Beside the composer when a side has room: right first (on both sites the left holds the
 * navigation), top-aligned with the composer, below any navigation bar above it, as tall as the
 * window allows. `clear` is what must stay uncovered (the composer and its buttons, or its dialog);
 * `obstacles` are the site's navigation landmarks.
 */
export function placePanel(clear: Rect, composer: Rect, obstacles: readonly Rect[], viewport: Size, height: number): Placement {
  const visible = composer.bottom > 0 && composer.top < viewport.height && composer.right > 0 && composer.left < viewport.width;
  if (visible) {
    for (const side of ['right', 'left'] as const) {
      const room = side === 'right' ? viewport.width - clear.right - 2 * GAP_PX : clear.left - 2 * GAP_PX;
      if (room < MIN_PANEL_WIDTH_PX) continue;
      const width = Math.min(MAX_PANEL_WIDTH_PX, room);
      const left = side === 'right' ? clear.right + GAP_PX : clear.left - GAP_PX - width;
      const column = { left, right: left + width };
      // Bars that start above the composer in this column (a site's top banner) push the panel down.
      const bars = obstacles.filter((bar) => bar.top <= Math.max(composer.top, GAP_PX) && bar.right - bar.left > bar.bottom - bar.top && spans(bar, column));
      const ceiling = Math.max(0, ...bars.map((bar) => bar.bottom)) + GAP_PX;
      const top = Math.max(ceiling, Math.min(composer.top, viewport.height - height - GAP_PX));
      // Navigation further down the column (a footer's links) only shortens the panel.
      const floor = Math.min(viewport.height, ...obstacles.filter((bar) => bar.top > top + MIN_PANEL_HEIGHT_PX && spans(bar, column)).map((bar) => bar.top)) - GAP_PX;
      const box = { ...column, top, bottom: top + Math.min(height, floor - top) };
      if (obstacles.some((obstacle) => overlaps(box, obstacle))) continue;
      return { mode: 'beside', side, left, top, width, maxHeight: floor - top };
    }
  }
  return placeStrip(clear, composer, viewport, { width: Math.min(MAX_PANEL_WIDTH_PX, viewport.width - 2 * GAP_PX), height });
}

/**
 * The compact strip (and the panel it opens) go below the composer's buttons, right-aligned with the
 * composer, or above the composer when there is more room there; never over the composer itself.
 */
export function placeStrip(clear: Rect, composer: Rect, viewport: Size, size: Size): Placement {
  const below = viewport.height - clear.bottom - 2 * GAP_PX;
  const above = composer.top - 2 * GAP_PX;
  const left = Math.max(GAP_PX, Math.min(composer.right, viewport.width - GAP_PX) - size.width);
  if (below >= Math.min(size.height, 40) || below >= above) {
    const top = Math.min(Math.max(clear.bottom + GAP_PX, GAP_PX), viewport.height - GAP_PX - Math.min(size.height, 40));
    return { mode: 'strip', left, top, width: size.width, maxHeight: Math.max(40, viewport.height - top - GAP_PX) };
  }
  const maxHeight = Math.max(40, above);
  return { mode: 'strip', left, top: Math.max(GAP_PX, composer.top - GAP_PX - Math.min(size.height, maxHeight)), width: size.width, maxHeight };
}

function spans(bar: Rect, column: { left: number; right: number }): boolean {
  return bar.left < column.right && column.left < bar.right;
}
