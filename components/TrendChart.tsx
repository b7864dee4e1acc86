import type { Rates } from '@/utils/metrics/metrics';

const WIDTH = 380;
const HEIGHT = 90;
const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Accuracy per ISO week as bars (volume under each); weeks without reviews are gaps, not zeros. */
export function TrendChart({ weeks }: { weeks: { week: string; rates: Rates }[] }) {
  const slot = WIDTH / weeks.length;
  const label = weeks
    .filter((week) => week.rates.volume > 0)
    .map((week) => `${week.week}: ${percent(week.rates.accuracy)} of ${week.rates.volume}`)
    .join(', ');
  return (
    <svg className="trend" viewBox={`0 0 ${WIDTH} ${HEIGHT + 28}`} role="img" aria-label={`Accuracy per week. ${label}`}>
      {weeks.map((week, index) => {
        const height = week.rates.accuracy * HEIGHT;
        const x = index * slot + slot * 0.15;
        return (
          <g key={week.week}>
            {week.rates.volume > 0 && <rect x={x} y={HEIGHT - height} width={slot * 0.7} height={height} rx={2} />}
            {week.rates.volume > 0 && (
              <text x={x + slot * 0.35} y={HEIGHT - height - 3} textAnchor="middle">
                {percent(week.rates.accuracy)}
              </text>
            )}
            <text x={x + slot * 0.35} y={HEIGHT + 12} textAnchor="middle" className="muted">
              {week.week.slice(-3)}
            </text>
            <text x={x + slot * 0.35} y={HEIGHT + 24} textAnchor="middle" className="muted">
              {week.rates.volume || ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
