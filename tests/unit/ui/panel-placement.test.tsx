// Where the panel goes relative to the composer: beside it when a side has room, otherwise a badge
// in a window corner that stays off the composer and the post button below it.
import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH_PX, cornerFor, keepClearOf, placePanel, type Rect } from '../../../src/content/panel-host';

const viewport = { width: 1280, height: 860 };
const panel = { width: PANEL_WIDTH_PX, height: 500 };
const badge = { width: 140, height: 34 };

function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placePanel', () => {
  it('goes to the right of the composer when there is room, top-aligned with it', () => {
    const composer = rect(300, 100, 500, 60);
    expect(placePanel(composer, viewport, panel)).toEqual({ mode: 'beside', side: 'right', left: 812, top: 100 });
  });

  it('goes to the left when only the left has room (X’s centre column on a 1280 px window)', () => {
    const composer = rect(530, 77, 513, 24);
    const placement = placePanel(composer, viewport, panel);
    expect(placement).toEqual({ mode: 'beside', side: 'left', left: 530 - 12 - PANEL_WIDTH_PX, top: 77 });
  });

  it('keeps the panel inside the window when the composer is low on the page', () => {
    const composer = rect(300, 700, 500, 60);
    const placement = placePanel(composer, viewport, panel);
    expect(placement.top + panel.height).toBeLessThanOrEqual(viewport.height - 12);
  });

  it.each([
    ['a narrow window', rect(20, 100, 560, 80), { width: 600, height: 800 }],
    ['a composer scrolled out of view', rect(300, -400, 500, 60), viewport],
  ])('falls back to a corner for %s, clear of the composer and its post button', (_case, composer, size) => {
    const placement = placePanel(composer, size, badge);
    expect(placement.mode).toBe('corner');
    const box = rect(placement.left, placement.top, badge.width, badge.height);
    expect(overlaps(box, keepClearOf(composer))).toBe(false);
    expect(box.right).toBeLessThanOrEqual(size.width);
    expect(box.bottom).toBeLessThanOrEqual(size.height);
  });

  it('never overlaps the composer when it goes beside it', () => {
    for (let left = 0; left <= 1000; left += 50) {
      for (const width of [200, 400, 600]) {
        const composer = rect(left, 120, width, 90);
        const placement = placePanel(composer, viewport, panel);
        const box = rect(placement.left, placement.top, panel.width, panel.height);
        if (placement.mode === 'beside') expect(overlaps(box, keepClearOf(composer)), `composer at ${left}, ${width} wide`).toBe(false);
      }
    }
  });
});

describe('cornerFor', () => {
  it('prefers the bottom-right corner', () => {
    expect(cornerFor(rect(100, 100, 300, 100), viewport, badge)).toMatchObject({ corner: 'bottom-right', left: 1280 - 140 - 12, top: 860 - 34 - 12 });
  });

  it('moves away from a composer (and the post button under it) that fills the bottom right', () => {
    const composer = rect(700, 700, 560, 60);
    const chosen = cornerFor(keepClearOf(composer), viewport, badge);
    expect(chosen.corner).toBe('bottom-left');
    expect(overlaps(rect(chosen.left, chosen.top, badge.width, badge.height), keepClearOf(composer))).toBe(false);
  });

  it('picks the corner it overlaps least when every corner touches the composer', () => {
    const everywhere = rect(0, 30, 1280, 830);
    const chosen = cornerFor(everywhere, viewport, badge);
    expect(chosen.corner).toBe('top-right');
  });
});
