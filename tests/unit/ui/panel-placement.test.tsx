// Where the coach goes relative to the composer: beside it when a side has room (never over the
// composer, its post button or the site's navigation), otherwise a strip attached to the composer.
// The real sites' layouts at the four common widths are checked in tests/e2e/layouts.test.ts.
import { describe, expect, it } from 'vitest';
import { GAP_PX, MAX_PANEL_WIDTH_PX, MIN_PANEL_WIDTH_PX, keepClearOf, overlaps, placePanel, placeStrip, type Rect } from '../../../src/content/placement';

const viewport = { width: 1280, height: 860 };

function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

function box(placement: ReturnType<typeof placePanel>, height: number): Rect {
  return rect(placement.left, placement.top, placement.width, Math.min(height, placement.maxHeight));
}

/** X at 1280 px: a 275 px navigation column, the 600 px main column, then the sidebar. */
const xNavigation = rect(0, 0, 283, 860);
const xHomeComposer = rect(355, 130, 516, 48);

describe('placePanel', () => {
  it('goes to the right of the composer when there is room, top-aligned with it', () => {
    const composer = rect(300, 100, 500, 60);
    const placement = placePanel(keepClearOf(composer), composer, [], viewport, 500);
    expect(placement).toMatchObject({ mode: 'beside', side: 'right', left: 816 + GAP_PX, top: 100, width: MAX_PANEL_WIDTH_PX });
  });

  it('covers X’s sidebar beside the main column, never its navigation', () => {
    const placement = placePanel(keepClearOf(xHomeComposer), xHomeComposer, [xNavigation], viewport, 600);
    expect(placement).toMatchObject({ mode: 'beside', side: 'right' });
    expect(overlaps(box(placement, 600), xNavigation)).toBe(false);
    expect(overlaps(box(placement, 600), keepClearOf(xHomeComposer))).toBe(false);
  });

  it('narrows to fit beside a centred 600 px dialog with 340 px free on each side', () => {
    const dialog = rect(340, 43, 600, 300);
    const composer = rect(396, 100, 528, 48);
    const placement = placePanel(dialog, composer, [xNavigation], viewport, 500);
    expect(placement).toMatchObject({ mode: 'beside', side: 'right', left: 940 + GAP_PX, width: 340 - 2 * GAP_PX });
    expect(placement.width).toBeGreaterThanOrEqual(MIN_PANEL_WIDTH_PX);
  });

  it('stays below a top banner and inside the window, and says how tall it may grow', () => {
    const banner = rect(0, 0, 1280, 56);
    const composer = rect(300, 20, 500, 60);
    const placement = placePanel(keepClearOf(composer), composer, [banner], viewport, 500);
    expect(placement.top).toBe(56 + GAP_PX);
    expect(placement.top + placement.maxHeight).toBe(viewport.height - GAP_PX);
  });

  it('keeps a tall panel inside the window when the composer is low on the page', () => {
    const composer = rect(300, 700, 500, 60);
    const placement = placePanel(keepClearOf(composer), composer, [], viewport, 500);
    expect(placement.top + 500).toBeLessThanOrEqual(viewport.height - GAP_PX);
  });

  it('takes the left side when the right is a navigation column', () => {
    const composer = rect(700, 100, 300, 60);
    const rightNavigation = rect(1010, 0, 270, 860);
    const placement = placePanel(keepClearOf(composer), composer, [rightNavigation], viewport, 400);
    expect(placement).toMatchObject({ mode: 'beside', side: 'left' });
  });

  it.each([
    ['a narrow window', rect(20, 100, 560, 80), { width: 600, height: 800 }],
    ['a composer scrolled out of view', rect(300, -400, 500, 60), viewport],
  ])('falls back to a strip for %s, clear of the composer and its post button', (_case, composer, size) => {
    const placement = placePanel(keepClearOf(composer), composer, [], size, 40);
    expect(placement.mode).toBe('strip');
    expect(placement.left).toBeGreaterThanOrEqual(0);
    expect(placement.left + placement.width).toBeLessThanOrEqual(size.width);
  });

  it('never overlaps the composer or its post button when it goes beside it', () => {
    for (let left = 0; left <= 1000; left += 50) {
      for (const width of [200, 400, 600]) {
        const composer = rect(left, 120, width, 90);
        const placement = placePanel(keepClearOf(composer), composer, [], viewport, 500);
        if (placement.mode === 'beside') expect(overlaps(box(placement, 500), keepClearOf(composer)), `composer at ${left}, ${width} wide`).toBe(false);
      }
    }
  });
});

describe('placeStrip', () => {
  it('attaches below the composer’s buttons, right-aligned with the composer', () => {
    const composer = rect(20, 100, 560, 80);
    const strip = placeStrip(keepClearOf(composer), composer, { width: 600, height: 800 }, { width: 260, height: 30 });
    expect(strip).toMatchObject({ mode: 'strip', left: 580 - 260, top: keepClearOf(composer).bottom + GAP_PX });
  });

  it('goes above the composer when the window has no room below, never over it', () => {
    const composer = rect(20, 500, 560, 200);
    const clear = keepClearOf(composer);
    const strip = placeStrip(clear, composer, { width: 600, height: 790 }, { width: 260, height: 300 });
    expect(strip.top + Math.min(300, strip.maxHeight)).toBeLessThanOrEqual(composer.top);
  });
});

describe('navigation low in the sidebar', () => {
  it('shortens the panel above a footer’s links instead of leaving the side', () => {
    const footer = rect(900, 700, 350, 60);
    const placement = placePanel(keepClearOf(xHomeComposer), xHomeComposer, [xNavigation, footer], viewport, 700);
    expect(placement).toMatchObject({ mode: 'beside', side: 'right', maxHeight: 700 - GAP_PX - xHomeComposer.top });
  });
});

describe('a composer scrolled up under a sticky banner', () => {
  it('keeps the panel beside it, just below the banner', () => {
    const banner = rect(0, 0, 1280, 56);
    const composer = rect(300, -4000, 500, 4800);
    const placement = placePanel(keepClearOf(composer), composer, [banner], viewport, 500);
    expect(placement).toMatchObject({ mode: 'beside', side: 'right', top: 56 + GAP_PX });
  });
});
