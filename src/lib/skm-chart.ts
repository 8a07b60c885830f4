/**
 * The SKM bar chart, laid out at build time: one horizontal bar per unit on a 0–100 scale, and
 * the sentence that says everything the bars show (the chart's text alternative). Pure: the SVG
 * markup is in SkmChart.astro; the same rows also fill the data table next to it.
 */
import { t } from '../i18n/id';
import { fill } from '../i18n/fill';

export interface ChartRow {
  label: string;
  value: number;
}

export interface ChartBar extends ChartRow {
  /** The value as residents read it: "83,5". */
  valueText: string;
  /** Top of the bar's row. */
  y: number;
  width: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** Where the plot starts (labels sit to its left) and how wide 100 is. */
  plotX: number;
  plotWidth: number;
  barHeight: number;
  /** The first row's top, below the scale. */
  top: number;
  bars: ChartBar[];
  ticks: { x: number; label: string }[];
  /** Every value in words, for screen readers and for anyone the chart does not reach. */
  summary: string;
}

const LABEL_WIDTH = 210;
const PLOT_WIDTH = 360;
const VALUE_ROOM = 60;
const ROW = 34;
const BAR = 22;
const TOP = 28;
const MAX = 100;

const NUMBER = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** "83,5": an index the Indonesian way. */
export const formatIndex = (value: number) => NUMBER.format(value);

/** The chart of one period's results, with its text alternative. */
export function barChart(rows: ChartRow[], period: string): BarChart {
  const bars = rows.map((row, i) => ({
    ...row,
    valueText: formatIndex(row.value),
    y: TOP + i * ROW,
    width: (Math.min(row.value, MAX) / MAX) * PLOT_WIDTH,
  }));
  const ticks = [0, 25, 50, 75, 100].map((value) => ({
    x: LABEL_WIDTH + (value / MAX) * PLOT_WIDTH,
    label: String(value),
  }));
  const byValue = [...bars].sort((a, b) => b.value - a.value);
  const named = (bar: ChartBar | undefined) => (bar ? `${bar.label} ${bar.valueText}` : '–');
  const summary = fill(t.accountability.skm.chartSummary, {
    period,
    list: bars.map(named).join('; '),
    high: named(byValue[0]),
    low: named(byValue[byValue.length - 1]),
  });
  return {
    width: LABEL_WIDTH + PLOT_WIDTH + VALUE_ROOM,
    height: TOP + bars.length * ROW + 4,
    plotX: LABEL_WIDTH,
    plotWidth: PLOT_WIDTH,
    barHeight: BAR,
    top: TOP,
    bars,
    ticks,
    summary,
  };
}
