import { fraction, type RuleTrend, type Share } from '../../history';
import { ruleName } from '../components/use-history';

// The findings that come up most, and how their share of posts moved: the recent six weeks against
// the six before. For issues fewer is better, and the words say so, not only an arrow.

const percent = (share: Share): string => {
  const value = fraction(share);
  return value === null ? '–' : `${Math.round(value * 100)}%`;
};

function changeWords(trend: RuleTrend): { text: string; tone: 'better' | 'worse' | 'same' } {
  const recent = fraction(trend.recent);
  const earlier = fraction(trend.earlier);
  if (recent === null || earlier === null) return { text: 'not enough posts to compare', tone: 'same' };
  const points = Math.round(recent * 100) - Math.round(earlier * 100);
  if (points === 0) return { text: 'no change', tone: 'same' };
  return points < 0 ? { text: `↓ ${-points} points, better`, tone: 'better' } : { text: `↑ ${points} points, worse`, tone: 'worse' };
}

export function RuleTrends({ trends, docs, weeks }: { trends: readonly RuleTrend[]; docs: ReadonlyMap<string, string>; weeks: number }) {
  const half = Math.ceil(weeks / 2);
  if (trends.length === 0) return <p class="hint-text">No findings in these weeks: nothing came up in your posts.</p>;
  return (
    <table class="rule-trends" data-testid="rule-trends">
      <caption class="visually-hidden">The findings in most of your posts, last {half} weeks against the {half} weeks before</caption>
      <thead>
        <tr>
          <th scope="col">Finding</th>
          <th scope="col" class="number">Last {half} weeks</th>
          <th scope="col" class="number">{half} weeks before</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {trends.map((trend) => {
          const change = changeWords(trend);
          return (
            <tr key={trend.rule} data-rule={trend.rule}>
              <th scope="row">
                <span class="rule-name">{ruleName(trend.rule)}</span>
                {docs.get(trend.rule) && <span class="hint-text rule-docs">{docs.get(trend.rule)}</span>}
              </th>
              <td class="number">
                {percent(trend.recent)}
                <span class="hint-text"> of {trend.recent.of}</span>
              </td>
              <td class="number">
                {percent(trend.earlier)}
                <span class="hint-text"> of {trend.earlier.of}</span>
              </td>
              <td class={`change ${change.tone}`}>{change.text}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
