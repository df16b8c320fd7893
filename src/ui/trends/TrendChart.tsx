import { line } from 'd3-shape';
import type { WeekAverage } from '../../history';

// Weekly averages of both scores as an SVG line chart: readable without colour (reciprocity is a
// solid line with round points, voice a dashed one with square points), themed by CSS custom
// properties (trends.css), and described in words beside it for screen readers (chartSummary).
// A week without posts is a gap in the line, never a zero. d3-shape draws the lines and their gaps.

const WIDTH = 640;
const HEIGHT = 260;
// Room on the right for the last week's date, centred under its point.
const MARGIN = { top: 12, right: 32, bottom: 32, left: 40 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const TICKS = [0, 25, 50, 75, 100];

export const SERIES = [
  { axis: 'reciprocity', label: 'Reciprocity', dash: undefined },
  { axis: 'voice', label: 'Voice', dash: '6 4' },
] as const;

export interface TrendChartProps {
  weeks: readonly WeekAverage[];
  /** How a week is named on the axis and in point titles: "3 Nov". */
  weekOf: (start: number) => string;
  /** Id of the text that describes the chart (the summary); the chart's own title names it. */
  describedBy: string;
  title: string;
}

export function TrendChart({ weeks, weekOf, describedBy, title }: TrendChartProps) {
  const step = weeks.length > 1 ? PLOT_WIDTH / (weeks.length - 1) : 0;
  const x = (index: number) => MARGIN.left + (weeks.length > 1 ? index * step : PLOT_WIDTH / 2);
  const y = (score: number) => MARGIN.top + PLOT_HEIGHT * (1 - score / 100);
  const titleId = `${describedBy}-title`;
  const withPosts = weeks.some((week) => week.posts > 0);
  // Every other week's date where twelve would crowd the axis.
  const labelEvery = weeks.length > 8 ? 2 : 1;

  return (
    <figure class="trend-chart" data-testid="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={describedBy}>
        <title id={titleId}>{title}</title>
        <g class="grid" aria-hidden="true">
          {TICKS.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 8} y={y(tick)} dy="0.32em" text-anchor="end">
                {tick}
              </text>
            </g>
          ))}
          {weeks.map((week, index) =>
            (weeks.length - 1 - index) % labelEvery === 0 ? (
              <text key={week.start} class="week-label" x={x(index)} y={HEIGHT - 10} text-anchor="middle">
                {weekOf(week.start)}
              </text>
            ) : null,
          )}
        </g>
        {SERIES.map(({ axis, dash }) => {
          const path = line<WeekAverage>()
            .defined((week) => week[axis] !== null)
            .x((_week, index) => x(index))
            .y((week) => y(week[axis] ?? 0))(weeks);
          return (
            <g key={axis} class={`series series-${axis}`} data-testid={`series-${axis}`}>
              {path && <path class="series-line" d={path} stroke-dasharray={dash} />}
              {weeks.map((week, index) => {
                const score = week[axis];
                if (score === null) return null;
                const label = `Week of ${weekOf(week.start)}: ${axis} ${Math.round(score)} (${week.posts} ${week.posts === 1 ? 'post' : 'posts'})`;
                return axis === 'reciprocity' ? (
                  <circle key={week.start} class="point" data-testid="point" cx={x(index)} cy={y(score)} r="4.5">
                    <title>{label}</title>
                  </circle>
                ) : (
                  <rect key={week.start} class="point" data-testid="point" x={x(index) - 4} y={y(score) - 4} width="8" height="8">
                    <title>{label}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {SERIES.map(({ axis, label }) => (
          <span key={axis} class={`legend-item series-${axis}`}>
            <svg class="legend-key" viewBox="0 0 28 10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke-dasharray={axis === 'voice' ? '6 4' : undefined} />
              {axis === 'reciprocity' ? <circle cx="14" cy="5" r="4" /> : <rect x="10" y="1" width="8" height="8" />}
            </svg>
            {label}
          </span>
        ))}
        {!withPosts && <span class="hint-text">No posts in these weeks yet.</span>}
      </figcaption>
    </figure>
  );
}
