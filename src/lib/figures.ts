/** Geometry for the build-time SVG figures. Pure numbers in, positions out, so a test can check every label. */

export interface RangeItem {
  label: string;
  low: number;
  high: number;
  highlighted?: boolean;
}

export interface RangeBar extends RangeItem {
  x: number;
  width: number;
  y: number;
}

export interface AxisTick {
  value: number;
  x: number;
}

/** A "nice" upper end for a dollar axis: the next multiple of `step` at or above the largest value. */
export function axisMax(values: readonly number[], step: number): number {
  if (values.length === 0) throw new Error('Cannot scale an axis for no values');
  const largest = Math.max(...values);
  return Math.max(step, Math.ceil(largest / step) * step);
}

/** Horizontal low-to-high bars, all on one scale that starts at zero. */
export function rangeBars(
  items: readonly RangeItem[],
  layout: { plotLeft: number; plotWidth: number; rowHeight: number; top: number; tickStep: number },
): { bars: RangeBar[]; ticks: AxisTick[]; max: number } {
  const max = axisMax(
    items.map((item) => item.high),
    layout.tickStep,
  );
  const scale = (value: number): number => layout.plotLeft + (value / max) * layout.plotWidth;
  const bars = items.map((item, index) => {
    if (item.low > item.high) throw new Error(`Range for "${item.label}" is upside down`);
    return {
      ...item,
      x: scale(item.low),
      width: Math.max(2, scale(item.high) - scale(item.low)),
      y: layout.top + index * layout.rowHeight,
    };
  });
  const ticks: AxisTick[] = [];
  for (let value = 0; value <= max; value += layout.tickStep) ticks.push({ value, x: scale(value) });
  return { bars, ticks, max };
}

export interface StepItem {
  label: string;
  detail: string;
  highlighted?: boolean;
}

export interface Step extends StepItem {
  y: number;
  width: number;
}

/** A staircase: the most intensive level is the widest step at the top, each level below a step narrower. */
export function staircase(items: readonly StepItem[], layout: { width: number; minWidth: number; rowHeight: number }): Step[] {
  const shrink = items.length > 1 ? (layout.width - layout.minWidth) / (items.length - 1) : 0;
  return items.map((item, index) => ({ ...item, y: index * layout.rowHeight, width: layout.width - index * shrink }));
}
