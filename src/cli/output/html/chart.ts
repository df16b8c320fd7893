// The score distribution as a small static SVG: ten bins of ten points, a bar per axis in each,
// and a dashed line at each axis's "ok" threshold. Drawn here rather than with a chart library:
// twenty rectangles need no script in the report, and a library would add more to every report
// than the rest of it weighs (see README, dependencies).

import type { Axis } from '../../../engine';
import { AXES, HISTOGRAM_BINS, type RunSummary } from '../../score/summary';

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 44 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
export const AXIS_CLASS: Record<Axis, string> = { reciprocity: 'series-reciprocity', voice: 'series-voice' };

/** A round upper bound for the count axis: 1, 2, 5, 10, 20, 50, … */
function niceMaximum(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].map((step) => step * magnitude).find((candidate) => candidate >= value) ?? 10 * magnitude);
}

const binLabel = (bin: number) => (bin === HISTOGRAM_BINS - 1 ? '90–100' : `${bin * 10}–${bin * 10 + 9}`);

export function distributionChart(summary: RunSummary): string {
  const { axes } = summary.all;
  const top = niceMaximum(Math.max(...AXES.flatMap((axis) => axes[axis].bins)));
  const groupWidth = PLOT_WIDTH / HISTOGRAM_BINS;
  const barWidth = groupWidth * 0.36;
  const y = (count: number) => MARGIN.top + PLOT_HEIGHT - (count / top) * PLOT_HEIGHT;
  const parts: string[] = [];

  for (const tick of [0, top / 2, top]) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_WIDTH}" y1="${y(tick)}" y2="${y(tick)}"/>`);
    parts.push(`<text class="tick" x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${Number.isInteger(tick) ? tick : tick.toFixed(1)}</text>`);
  }
  for (let bin = 0; bin < HISTOGRAM_BINS; bin += 1) {
    const groupX = MARGIN.left + bin * groupWidth;
    AXES.forEach((axis, index) => {
      const count = axes[axis].bins[bin] ?? 0;
      const x = groupX + groupWidth * 0.12 + index * (barWidth + groupWidth * 0.04);
      parts.push(
        `<rect class="${AXIS_CLASS[axis]}" x="${x.toFixed(1)}" y="${y(count).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(MARGIN.top + PLOT_HEIGHT - y(count)).toFixed(1)}"><title>${axis} ${binLabel(bin)}: ${count} post${count === 1 ? '' : 's'}</title></rect>`,
      );
    });
    parts.push(`<text class="tick" x="${(groupX + groupWidth / 2).toFixed(1)}" y="${MARGIN.top + PLOT_HEIGHT + 16}" text-anchor="middle">${binLabel(bin)}</text>`);
  }
  AXES.forEach((axis, index) => {
    const ok = summary.thresholds[axis].ok;
    const x = MARGIN.left + (ok / 100) * PLOT_WIDTH;
    parts.push(`<line class="threshold ${AXIS_CLASS[axis]}" x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${MARGIN.top}" y2="${MARGIN.top + PLOT_HEIGHT}"/>`);
    parts.push(`<text class="threshold-label ${AXIS_CLASS[axis]}" x="${(x + 4).toFixed(1)}" y="${MARGIN.top + 10 + index * 12}">${axis} ok ${ok}</text>`);
  });
  parts.push(`<text class="axis-label" x="${MARGIN.left + PLOT_WIDTH / 2}" y="${HEIGHT - 4}" text-anchor="middle">score</text>`);

  const rows = Array.from({ length: HISTOGRAM_BINS }, (_, bin) => `<tr><th scope="row">${binLabel(bin)}</th>${AXES.map((axis) => `<td>${axes[axis].bins[bin] ?? 0}</td>`).join('')}</tr>`);
  return (
    `<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title"><title id="chart-title">How many scored posts fall in each ten-point band, per axis</title>${parts.join('')}</svg>` +
    `<figcaption><span class="key ${AXIS_CLASS.reciprocity}"></span> reciprocity <span class="key ${AXIS_CLASS.voice}"></span> voice. Dashed lines: the preset's "ok" thresholds.</figcaption>` +
    `<table class="visually-hidden"><caption>Posts per score band</caption><tr><th scope="col">band</th>${AXES.map((axis) => `<th scope="col">${axis}</th>`).join('')}</tr>${rows.join('')}</table></figure>`
  );
}
