/**
 * The timeline chart, drawn at build time: statements per month as stacked bars, key events numbered on
 * the axis, and the same numbers as a table, all as static markup (an SVG inside a `<figure>`). Pure: it
 * takes counts and links and returns text; d3 computes the scales, the stacks and the months, and none
 * of it reaches the browser.
 *
 * The markup is well-formed XML as well as HTML (the tests parse it), its size grows with the number of
 * months shown, never with the number of statements, and its colours come from CSS classes (`c-<series>`),
 * because the Content-Security-Policy allows no inline style.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { utcMonth } from 'd3-time';
import { MONTHS } from './partialDate.ts';
import { escapeHtml } from './text.ts';

export interface YearMonth { year: number; month: number }

/** One band of the stack: `key` names its colour (`c-<key>` in the chart's stylesheet). */
export interface ChartSeries { key: string; label: string }

/** A month with statements: how many in each series (in the order of `series`), and the page that lists them. */
export interface ChartBar extends YearMonth { counts: number[]; href: string }

/** An event marked on the axis, at its day when known, else at the middle of its month. */
export interface ChartEvent extends YearMonth { day?: number | undefined; title: string; date: string; href: string }

export interface ChartInput {
  /** Unique on its page: the prefix of the chart's element ids. */
  id: string;
  title: string;
  /** One or two sentences under the chart, and the SVG's description. */
  description: string;
  series: ChartSeries[];
  /** The first and last month on the axis. */
  from: YearMonth;
  to: YearMonth;
  /** Months with at least one statement; other months have no bar. */
  bars: ChartBar[];
  events: ChartEvent[];
  /** Statements dated only to a year: in the table, never in a month's bar (no month is invented). */
  yearOnly: { year: number; counts: number[] }[];
  /** A short strip: no events, a lower plot. */
  compact?: boolean;
}

/** The drawing's own units: the SVG scales to its box, so these set proportions, not pixels. */
const WIDTH = 400;
const MARGIN = { left: 22, right: 4, top: 6 };
const AXIS = 16;
const MARK_RADIUS = 7;
const ROW = MARK_RADIUS * 2 + 3;

const round = (n: number) => Math.round(n * 10) / 10;
const key = ({ year, month }: YearMonth) => `${year}-${String(month).padStart(2, '0')}`;
const monthName = (m: number) => MONTHS[m - 1] ?? String(m);
const statements = (n: number) => `${n} statement${n === 1 ? '' : 's'}`;
const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  return utcMonth.range(new Date(Date.UTC(from.year, from.month - 1)), new Date(Date.UTC(to.year, to.month))).map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }));
}

/** Rows for event marks: each mark goes to the first row where it does not overlap the one before it. */
function staggerRows(xs: number[]): number[] {
  const ends: number[] = [];
  return xs.map((x) => {
    let row = ends.findIndex((end) => x - end >= ROW);
    if (row === -1) row = ends.push(x) - 1;
    ends[row] = x;
    return row;
  });
}

/** The chart as markup: a `<figure>` holding the SVG, the legend, the events and a `<details>` table. */
export function renderChart(input: ChartInput): string {
  const { id, series, bars, compact = false } = input;
  const months = monthsBetween(input.from, input.to);
  const plotHeight = compact ? 34 : 110;
  const bottom = MARGIN.top + plotHeight;
  const x = scaleBand<string>().domain(months.map(key)).range([MARGIN.left, WIDTH - MARGIN.right]).paddingInner(0.2).paddingOuter(0.1);
  const highest = Math.max(1, ...bars.map((b) => sum(b.counts)));
  const y = scaleLinear().domain([0, highest]).nice(compact ? 1 : 4).range([bottom, MARGIN.top]);
  const band = x.bandwidth();
  const marks = compact ? [] : input.events.filter((e) => x(key(e)) !== undefined);
  const markX = marks.map((e) => {
    const start = x(key(e)) ?? 0;
    if (e.day === undefined) return start + band / 2;
    const days = new Date(Date.UTC(e.year, e.month, 0)).getUTCDate();
    return start + (band * (e.day - 0.5)) / days;
  });
  const rows = staggerRows(markX);
  const rowCount = marks.length === 0 ? 0 : Math.max(...rows) + 1;
  const height = bottom + AXIS + rowCount * ROW + (rowCount > 0 ? 2 : 0);
  const svg: string[] = [];
  svg.push(`<svg class="chart-svg${compact ? ' compact' : ''}" viewBox="0 0 ${WIDTH} ${round(height)}" preserveAspectRatio="xMidYMid meet" aria-labelledby="${id}-t" aria-describedby="${id}-d" xmlns="http://www.w3.org/2000/svg">`);
  svg.push(`<title id="${id}-t">${escapeHtml(input.title)}</title><desc id="${id}-d">${escapeHtml(input.description)}</desc>`);

  // The count axis: grid lines at whole numbers only (there is no half a statement).
  const ticks = y.ticks(compact ? 1 : 4).filter((t) => Number.isInteger(t));
  svg.push('<g class="grid">');
  for (const t of ticks) {
    const ty = round(y(t));
    svg.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${ty}" y2="${ty}"/>`);
    if (!compact || t > 0) svg.push(`<text x="${MARGIN.left - 3}" y="${ty}" dy="0.32em" text-anchor="end">${t}</text>`);
  }
  svg.push('</g>');

  // The bars: one link per month, its bands stacked in the order of the series.
  const stacked = stack<ChartBar, number>().keys(series.map((_, i) => i)).value((bar, i) => bar.counts[i] ?? 0)(bars);
  svg.push('<g class="bars">');
  bars.forEach((bar, b) => {
    const bx = round(x(key(bar)) ?? 0);
    const rects = stacked
      .map((layer, s) => {
        const [y0, y1] = layer[b] as [number, number];
        if (y1 === y0) return '';
        return `<rect class="c-${series[s]?.key}" x="${bx}" y="${round(y(y1))}" width="${round(band)}" height="${round(y(y0) - y(y1))}"/>`;
      })
      .join('');
    svg.push(`<a href="${escapeHtml(bar.href)}"><title>${monthName(bar.month)} ${bar.year}: ${statements(sum(bar.counts))}</title><rect class="hit" x="${bx}" y="${MARGIN.top}" width="${round(band)}" height="${plotHeight}"/>${rects}</a>`);
  });
  svg.push('</g>');

  // The time axis: months on a short span, years on a long one; every other label is hidden on a narrow screen.
  svg.push(`<g class="axis"><line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${bottom}" y2="${bottom}"/>`);
  const labelY = bottom + 11;
  if (months.length <= 18) {
    months.forEach((m, i) => {
      const label = m.month === 1 || i === 0 ? `${monthName(m.month).slice(0, 3)} ${m.year}` : monthName(m.month).slice(0, 3);
      const alt = i % 2 === 1 ? ' class="alt"' : '';
      svg.push(`<text${alt} x="${round((x(key(m)) ?? 0) + band / 2)}" y="${labelY}" text-anchor="middle">${label}</text>`);
    });
  } else {
    const years = months.filter((m, i) => m.month === 1 || i === 0);
    const every = years.length > 8 ? 2 : 1;
    years.forEach((m, i) => {
      const left = round((x(key(m)) ?? 0) - (x.step() - band) / 2);
      const alt = i % every === 1 ? ' class="alt"' : '';
      svg.push(`<line x1="${left}" x2="${left}" y1="${bottom}" y2="${bottom + 4}"/><text${alt} x="${left}" y="${labelY}">${m.year}</text>`);
    });
  }
  svg.push('</g>');

  // Events: a line through the plot and a numbered mark under the axis, linking to the event's page.
  if (marks.length > 0) {
    svg.push('<g class="events">');
    marks.forEach((e, i) => {
      const ex = round(markX[i] ?? 0);
      const cy = round(bottom + AXIS + (rows[i] ?? 0) * ROW + MARK_RADIUS);
      svg.push(`<a href="${escapeHtml(e.href)}"><title>${i + 1}. ${escapeHtml(e.title)}, ${escapeHtml(e.date)}</title><line x1="${ex}" x2="${ex}" y1="${MARGIN.top}" y2="${round(cy - MARK_RADIUS)}"/><circle cx="${ex}" cy="${cy}" r="${MARK_RADIUS}"/><text x="${ex}" y="${cy}" dy="0.35em" text-anchor="middle">${i + 1}</text></a>`);
    });
    svg.push('</g>');
  }
  svg.push('</svg>');

  const shown = series.length > 1;
  const legend = shown ? `<ul class="chart-legend">${series.map((s) => `<li><span class="swatch c-${s.key}"></span>${escapeHtml(s.label)}</li>`).join('')}</ul>` : '';
  const events = marks.length > 0 ? `<ol class="chart-events">${marks.map((e) => `<li><a href="${escapeHtml(e.href)}">${escapeHtml(e.title)}</a> <span class="meta">${escapeHtml(e.date)}</span></li>`).join('')}</ol>` : '';
  const yearOnly = input.yearOnly.filter((row) => sum(row.counts) > 0);
  const note = yearOnly.length > 0 ? `<p class="meta">Not in the bars: ${yearOnly.map((row) => `${statements(sum(row.counts))} dated only to ${row.year}`).join(', ')} (see the numbers).</p>` : '';
  const head = shown ? `${series.map((s) => `<th scope="col">${escapeHtml(s.label)}</th>`).join('')}<th scope="col">All</th>` : '<th scope="col">Statements</th>';
  const cells = (counts: number[]) => (shown ? [...counts, sum(counts)] : [sum(counts)]).map((n) => `<td>${n}</td>`).join('');
  const rowsHtml = [
    ...bars.map((bar) => `<tr><th scope="row">${monthName(bar.month)} ${bar.year}</th>${cells(bar.counts)}</tr>`),
    ...yearOnly.map((row) => `<tr><th scope="row">Dated only to ${row.year}</th>${cells(row.counts)}</tr>`),
  ].join('');
  const table = `<details class="chart-data"><summary>The numbers</summary><table><thead><tr><th scope="col">Month</th>${head}</tr></thead><tbody>${rowsHtml}</tbody></table></details>`;
  return `<figure class="chart" id="${id}">${svg.join('')}<figcaption class="meta">${escapeHtml(input.description)}</figcaption>${legend}${events}${note}${table}</figure>`;
}
