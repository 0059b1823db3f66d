/*
 * Geometry for a horizontal bar chart drawn in SVG without a viewBox: vertical positions are in
 * `em`, so rows grow with the page's text size, and horizontal ones in per cent of the chart's
 * width, so it reflows down to 320 px without scaling its text.
 */

export interface BarDatum<K extends string = string> {
  key: K;
  label: string;
  value: number;
}

export interface BarChartLayout {
  /** Height of the line holding a bar's label, above the bar, in em. */
  labelHeight: number;
  /** Height of a bar, in em. */
  barHeight: number;
  /** Space below each bar, in em. */
  gap: number;
  /** Width of the longest bar, in per cent; the rest holds its value label. */
  maxBarWidth: number;
  /** Width given to a bar with a value above zero however small, in per cent. */
  minBarWidth: number;
}

export const DEFAULT_BAR_CHART_LAYOUT: BarChartLayout = { labelHeight: 1.5, barHeight: 1.25, gap: 0.5, maxBarWidth: 72, minBarWidth: 0.75 };

export interface BarGeometry<K extends string = string> extends BarDatum<K> {
  /** Baseline of the label above the bar, in em. */
  labelY: number;
  /** Top of the bar, in em. */
  barY: number;
  barHeight: number;
  /** In per cent of the chart's width. */
  barWidth: number;
  /** Baseline of the value label beside the bar, in em. */
  valueY: number;
}

export interface BarChartGeometry<K extends string = string> {
  bars: BarGeometry<K>[];
  /** Height of the whole chart, in em. */
  height: number;
}

/** Lays out one labelled bar per datum, longest bar at `maxBarWidth`, bars in the data's order. */
export function barChartGeometry<K extends string>(
  data: readonly BarDatum<K>[],
  layout: BarChartLayout = DEFAULT_BAR_CHART_LAYOUT,
): BarChartGeometry<K> {
  const largest = Math.max(0, ...data.map((datum) => datum.value));
  const rowHeight = layout.labelHeight + layout.barHeight + layout.gap;
  const bars = data.map((datum, index) => {
    const top = index * rowHeight;
    const barWidth = datum.value > 0 ? Math.max(layout.minBarWidth, round((datum.value / largest) * layout.maxBarWidth)) : 0;
    const barY = round(top + layout.labelHeight);
    return {
      ...datum,
      // Baselines sit about 0.3 em above the bottom of a line of text.
      labelY: round(barY - 0.3),
      barY,
      barHeight: layout.barHeight,
      barWidth,
      valueY: round(barY + layout.barHeight / 2 + 0.35),
    };
  });
  return { bars, height: round(data.length * rowHeight) };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
