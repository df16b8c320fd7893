// WCAG AA for the options page and popup, computed from the colours theme.css actually ships, in
// both schemes: 4.5:1 for text on both backgrounds, 3:1 for borders and the focus ring.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const css = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/ui/components/theme.css'), 'utf8');

/** The #rrggbb custom properties in the first `:root {` block at or after `from`. */
function colours(from: number): Map<string, string> {
  const start = css.indexOf(':root {', from);
  if (start < 0) throw new Error('theme.css has no :root block there');
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((index) => {
    const channel = parseInt(hex.slice(index, index + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
if (darkStart < 0) throw new Error('theme.css has no dark scheme');
const schemes = [
  ['light', colours(0)],
  ['dark', colours(darkStart)],
] as const;

describe.each(schemes)('theme.css, %s scheme', (_scheme, palette) => {
  const colour = (name: string): string => {
    const value = palette.get(name);
    if (!value) throw new Error(`--${name} is not set`);
    return value;
  };

  it.each(['fg', 'muted', 'accent', 'error', 'warning', 'good'])('--%s text reads at 4.5:1 on the page and on surfaces', (name) => {
    expect(contrast(colour(name), colour('bg'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour(name), colour('surface'))).toBeGreaterThanOrEqual(4.5);
  });

  it('primary buttons: --on-accent on --accent at 4.5:1', () => {
    expect(contrast(colour('on-accent'), colour('accent'))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['border', 'focus'])('--%s stands out at 3:1 on the page and on surfaces', (name) => {
    expect(contrast(colour(name), colour('bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(colour(name), colour('surface'))).toBeGreaterThanOrEqual(3);
  });
});
