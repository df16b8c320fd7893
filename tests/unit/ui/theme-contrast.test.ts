// WCAG AA for the options page and popup, computed from the colours theme.css actually ships, in
// both schemes: 4.5:1 for text on both backgrounds, 3:1 for borders and the focus ring.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrast, customColours } from './contrast';

const css = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/ui/components/theme.css'), 'utf8');

function colours(from: number): Map<string, string> {
  return customColours(css, ':root', from);
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
