// WCAG AA for the panel's colours, computed from the custom properties panel.css actually ships,
// for both themes: 4.5:1 for text, 3:1 for the focus ring (a non-text indicator).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrast, customColours } from './contrast';

const cssPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/ui/panel/panel.css');
const css = readFileSync(cssPath, 'utf8');

function themeColours(selector: string): Map<string, string> {
  return customColours(css, selector);
}

/** Every pair of foreground and background the panel draws text (or the focus ring) with. */
const TEXT_PAIRS: Array<[foreground: string, background: string, where: string]> = [
  ['fg', 'bg', 'body text, scores, reasons'],
  ['muted', 'bg', 'preset name, scale, facts, links, why'],
  ['accent', 'bg', 'the Rapport name'],
  ['good', 'bg', '“Good” band, points earned'],
  ['fair', 'bg', '“Could be better” band'],
  ['poor', 'bg', '“Needs work” band, points lost, errors, limits exceeded'],
  ['on-accent', 'accent', 'the Apply button'],
  ['fg', 'calm-bg', 'strength hints'],
  ['muted', 'calm-bg', 'strength hints’ links'],
  ['good', 'calm-bg', 'strength hints’ points and tick'],
  ['fg', 'surface', 'the collapse button on hover'],
];

describe.each([
  ['light', ':host'],
  ['dark', ':host([data-theme="dark"])'],
])('the %s theme', (_theme, selector) => {
  const colours = themeColours(selector);

  it.each(TEXT_PAIRS)('--%s on --%s (%s) reaches 4.5:1', (foreground, background) => {
    const fg = colours.get(foreground);
    const bg = colours.get(background);
    expect(fg, `--${foreground} is a #rrggbb colour in ${selector}`).toMatch(/^#/);
    expect(bg, `--${background} is a #rrggbb colour in ${selector}`).toMatch(/^#/);
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring reaches 3:1 against the panel and the strength background', () => {
    expect(contrast(colours.get('focus')!, colours.get('bg')!)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.get('focus')!, colours.get('calm-bg')!)).toBeGreaterThanOrEqual(3);
  });
});

describe('the contrast formula', () => {
  it('matches WCAG’s reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
