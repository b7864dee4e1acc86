import type { Rates } from '@/utils/metrics/metrics';
import { i18n } from '@/utils/i18n';
import { trendAxis } from '@/utils/metrics/trend-axis';

const WIDTH = 460;
const PLOT_TOP = 14;
const PLOT_HEIGHT = 100;
const AXIS_WIDTH = 34;
const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * Accuracy per ISO week as bars on an axis that starts near the lowest week;
 * weeks without reviews are gaps, not zeros; the current, partial week is drawn
 * outlined and labelled "so far" so it does not read as a finished week.
 */
export function TrendChart({ weeks }: { weeks: { week: string; rates: Rates }[] }) {
  const withReviews = weeks.filter((week) => week.rates.volume > 0);
  const axis = trendAxis(withReviews.map((week) => week.rates.accuracy));
  const y = (value: number) => PLOT_TOP + PLOT_HEIGHT * (1 - (Math.max(axis.min, value) - axis.min) / (axis.max - axis.min));
  const slot = (WIDTH - AXIS_WIDTH) / weeks.length;
  const lastIndex = weeks.length - 1;
  const label = withReviews
    .map((week) =>
      i18n.t('trend.point', {
        week: weeks.indexOf(week) === lastIndex ? i18n.t('trend.weekSoFar', { week: week.week }) : week.week,
        accuracy: percent(week.rates.accuracy),
        volume: week.rates.volume,
      }),
    )
    .join(', ');
  return (
    <svg className="trend" viewBox={`0 0 ${WIDTH} ${PLOT_TOP + PLOT_HEIGHT + 30}`} role="img" aria-label={i18n.t('trend.label', { min: percent(axis.min), weeks: label })}>
      {axis.ticks.map((tick) => (
        <g key={tick}>
          <line className="grid" x1={AXIS_WIDTH} x2={WIDTH} y1={y(tick)} y2={y(tick)} />
          <text x={AXIS_WIDTH - 4} y={y(tick) + 3} textAnchor="end">
            {percent(tick)}
          </text>
        </g>
      ))}
      {weeks.map((week, index) => {
        const partial = index === lastIndex;
        const x = AXIS_WIDTH + index * slot + slot * 0.18;
        const width = slot * 0.64;
        const top = y(week.rates.accuracy);
        const middle = x + width / 2;
        return (
          <g key={week.week}>
            {week.rates.volume > 0 && (
              <>
                <rect className={partial ? 'bar partial' : 'bar'} x={x} y={top} width={width} height={PLOT_TOP + PLOT_HEIGHT - top} rx={2} />
                <text className="value" x={middle} y={top - 3} textAnchor="middle">
                  {percent(week.rates.accuracy)}
                </text>
              </>
            )}
            <text x={middle} y={PLOT_TOP + PLOT_HEIGHT + 12} textAnchor="middle">
              {partial ? i18n.t('trend.soFar') : week.week.slice(-3)}
            </text>
            <text x={middle} y={PLOT_TOP + PLOT_HEIGHT + 24} textAnchor="middle">
              {week.rates.volume ? i18n.t('trend.volume', { volume: week.rates.volume }) : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
