import type { Axis } from '../engine/types';

// Underlines via the CSS Custom Highlight API: no change to the editor's DOM. The ::highlight()
// rules live in highlights.css (injected into the page by the manifest); the names are prefixed so a
// page is unlikely to collide with them. The registry is shared with the page, so every paint
// re-registers our highlights in case the page cleared them.
// Neighbouring underlines of one axis alternate between a wavy and a dotted line, so two findings
// side by side never read as one.
export const HIGHLIGHT_NAMES = {
  reciprocity: 'rapport-underline-reciprocity',
  'reciprocity-alt': 'rapport-underline-reciprocity-alt',
  voice: 'rapport-underline-voice',
  'voice-alt': 'rapport-underline-voice-alt',
  focus: 'rapport-underline-focus',
} as const;

export interface Underline {
  axis: Axis;
  /** Drawn in the axis's second style: the underline before it on the same axis touches it. */
  alt: boolean;
  range: Range;
  /** Identifies the hint the underline belongs to. */
  key: string;
}

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Collects every composer's underlines and paints them as one highlight per axis. */
export function createUnderlines() {
  const owners = new Map<object, { underlines: Underline[]; focus: Range[] }>();

  function paint(): void {
    if (!supported) return;
    const byName = new Map<string, Range[]>(Object.values(HIGHLIGHT_NAMES).map((name) => [name, []]));
    for (const { underlines, focus } of owners.values()) {
      for (const underline of underlines) byName.get(HIGHLIGHT_NAMES[underline.alt ? (`${underline.axis}-alt` as const) : underline.axis])!.push(underline.range);
      byName.get(HIGHLIGHT_NAMES.focus)!.push(...focus);
    }
    for (const [name, ranges] of byName) {
      if (ranges.length === 0) CSS.highlights.delete(name);
      else CSS.highlights.set(name, new Highlight(...ranges));
    }
  }

  return {
    set(owner: object, underlines: Underline[], focus: Range[] = []): void {
      owners.set(owner, { underlines, focus });
      paint();
    },
    clear(owner: object): void {
      if (owners.delete(owner)) paint();
    },
  };
}

export type Underlines = ReturnType<typeof createUnderlines>;
