/**
 * The y axis of the weekly accuracy chart: from a round step below the
 * lowest week to 100 %, so 70–88 % weeks do not look flat against a 0 base
 * (issue #15). Fractions in, fractions out.
 */
export interface TrendAxis {
  min: number;
  max: number;
  ticks: number[];
}

const STEPS = [0.05, 0.1, 0.2, 0.25];

export function trendAxis(values: readonly number[], options: { maxTicks?: number } = {}): TrendAxis {
  const finite = values.filter((value) => Number.isFinite(value));
  const lowest = finite.length > 0 ? Math.max(0, Math.min(...finite)) : 0;
  const maxTicks = options.maxTicks ?? 5;
  // Leave a little room under the lowest bar so it still has a visible height.
  const floorTo = (step: number) => Math.max(0, Math.floor((lowest - step / 2) / step) * step);
  const step = STEPS.find((candidate) => (1 - floorTo(candidate)) / candidate + 1 <= maxTicks) ?? 0.25;
  const min = Math.round(floorTo(step) * 100) / 100;
  const ticks: number[] = [];
  for (let tick = min; tick <= 1 + 1e-9; tick += step) ticks.push(Math.round(tick * 100) / 100);
  return { min, max: 1, ticks };
}
