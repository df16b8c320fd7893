import type { Axis } from '../engine/types';

// Underlines via the CSS Custom Highlight API: no change to the editor's DOM. The ::highlight()
// rules live in highlights.css (injected into the page by the manifest); the names are prefixed so a
// page is unlikely to collide with them. The registry is shared with the page, so every paint
// re-registers our highlights in case the page cleared them.
export const HIGHLIGHT_NAMES: Record<Axis | 'focus', string> = {
  reciprocity: 'rapport-underline-reciprocity',
  voice: 'rapport-underline-voice',
  focus: 'rapport-underline-focus',
};

export interface Underline {
  axis: Axis;
  range: Range;
  /** Identifies the hint the underline belongs to, for "click an underline to focus its hint". */
  key: string;
}

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Collects every composer's underlines and paints them as one highlight per axis. */
export function createUnderlines() {
  const owners = new Map<object, { underlines: Underline[]; focus: Range | null }>();

  function paint(): void {
    if (!supported) return;
    const byName = new Map<string, Range[]>(Object.values(HIGHLIGHT_NAMES).map((name) => [name, []]));
    for (const { underlines, focus } of owners.values()) {
      for (const underline of underlines) byName.get(HIGHLIGHT_NAMES[underline.axis])!.push(underline.range);
      if (focus) byName.get(HIGHLIGHT_NAMES.focus)!.push(focus);
    }
    for (const [name, ranges] of byName) {
      if (ranges.length === 0) CSS.highlights.delete(name);
      else CSS.highlights.set(name, new Highlight(...ranges));
    }
  }

  return {
    set(owner: object, underlines: Underline[], focus: Range | null = null): void {
      owners.set(owner, { underlines, focus });
      paint();
    },
    clear(owner: object): void {
      if (owners.delete(owner)) paint();
    },
    /** The underline under a DOM point, if any. */
    hitTest(node: Node, offset: number): { owner: object; underline: Underline } | null {
      for (const [owner, { underlines }] of owners) {
        const underline = underlines.find((candidate) => {
          try {
            return candidate.range.isPointInRange(node, offset);
          } catch {
            return false;
          }
        });
        if (underline) return { owner, underline };
      }
      return null;
    },
  };
}

export type Underlines = ReturnType<typeof createUnderlines>;
