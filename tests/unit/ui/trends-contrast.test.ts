// The trends chart's colours, computed from what trends.css and theme.css ship, in both schemes:
// each series stands out at 3:1 (WCAG 1.4.11, graphics) on the page, and the two series differ in
// more than colour anyway (solid and round, dashed and square).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrast, customColours } from './contrast';

const here = path.dirname(fileURLToPath(import.meta.url));
const theme = readFileSync(path.resolve(here, '../../../src/ui/components/theme.css'), 'utf8');
const trends = readFileSync(path.resolve(here, '../../../src/ui/trends/trends.css'), 'utf8');
const dark = (css: string) => css.indexOf('@media (prefers-color-scheme: dark)');

describe.each([
  ['light', customColours(theme, ':root'), customColours(trends, ':root')],
  ['dark', customColours(theme, ':root', dark(theme)), customColours(trends, ':root', dark(trends))],
])('trends.css, %s scheme', (_scheme, page, chart) => {
  it.each(['reciprocity', 'voice'])('the %s series stands out at 3:1 on the page', (series) => {
    expect(contrast(chart.get(series)!, page.get('bg')!)).toBeGreaterThanOrEqual(3);
  });
});
