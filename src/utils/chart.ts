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
  /** Unique on its page: the figure's id. */
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
const MARGIN = { left: 22, right: 4, top: 7 };
const AXIS = 14;
const MARK_RADIUS = 7;
/** The band above the plot that holds the event marks. */
const MARK_BAND = MARK_RADIUS * 2 + 8;

const round = (n: number) => Math.round(n * 10) / 10;
const key = ({ year, month }: YearMonth) => `${year}-${String(month).padStart(2, '0')}`;
const monthName = (m: number) => MONTHS[m - 1] ?? String(m);
const statements = (n: number) => `${n} statement${n === 1 ? '' : 's'}`;
const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  return utcMonth.range(new Date(Date.UTC(from.year, from.month - 1)), new Date(Date.UTC(to.year, to.month))).map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }));
}

/**
 * Where the numbered marks go in their row: each as near its event as it can be while keeping `gap`
 * from its neighbours and inside [low, high]. Events of the same weeks spread sideways, each joined to
 * its place on the axis by a leader line, so the row never grows however they cluster.
 */
export function spreadMarks(xs: readonly number[], gap: number, low: number, high: number): number[] {
  const placed = xs.map((x) => Math.min(Math.max(x, low), high));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i] as number, (placed[i - 1] as number) + gap);
  for (let i = placed.length - 1; i >= 0; i--) placed[i] = Math.min(placed[i] as number, i === placed.length - 1 ? high : (placed[i + 1] as number) - gap);
  return placed;
}

/** The chart as markup: a `<figure>` holding its title, the SVG, its description, the legend, the events and a `<details>` table. */
export function renderChart(input: ChartInput): string {
  const { id, series, bars, compact = false } = input;
  const months = monthsBetween(input.from, input.to);
  const plotHeight = compact ? 34 : 110;
  const x = scaleBand<string>().domain(months.map(key)).range([MARGIN.left, WIDTH - MARGIN.right]).paddingInner(0.2).paddingOuter(0.1);
  const band = x.bandwidth();
  const marks = compact ? [] : input.events.filter((e) => x(key(e)) !== undefined);
  const top = MARGIN.top + (marks.length > 0 ? MARK_BAND : 0);
  const bottom = top + plotHeight;
  const highest = Math.max(1, ...bars.map((b) => sum(b.counts)));
  const y = scaleLinear().domain([0, highest]).nice(compact ? 1 : 4).range([bottom, top]);
  const markX = marks.map((e) => {
    const start = x(key(e)) ?? 0;
    if (e.day === undefined) return start + band / 2;
    const days = new Date(Date.UTC(e.year, e.month, 0)).getUTCDate();
    return start + (band * (e.day - 0.5)) / days;
  });
  const placed = spreadMarks(markX, MARK_RADIUS * 2 + 1, MARK_RADIUS + 1, WIDTH - MARK_RADIUS - 1);
  const twoLines = months.length <= 18 && months[0]?.year !== months.at(-1)?.year;
  const height = bottom + AXIS + (twoLines ? 10 : 0);
  const svg: string[] = [];
  svg.push(`<svg class="chart-svg${compact ? ' compact' : ''}" viewBox="0 0 ${WIDTH} ${round(height)}" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">`);
  // Its first <title> names the drawing and <desc> describes it, as SVG's accessibility mapping reads them.
  svg.push(`<title>${escapeHtml(input.title)}</title><desc>${escapeHtml(input.description)}</desc>`);

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
    svg.push(`<a href="${escapeHtml(bar.href)}"><title>${monthName(bar.month)} ${bar.year}: ${statements(sum(bar.counts))}</title><rect class="hit" x="${bx}" y="${top}" width="${round(band)}" height="${plotHeight}"/>${rects}</a>`);
  });
  svg.push('</g>');

  // The time axis: months on a short span, years on a long one; every other label is hidden on a narrow screen.
  svg.push(`<g class="axis"><line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${bottom}" y2="${bottom}"/>`);
  const labelY = bottom + 11;
  if (months.length <= 18) {
    // Months by name, and under them the year wherever it starts (only when the span crosses one).
    months.forEach((m, i) => {
      const cx = round((x(key(m)) ?? 0) + band / 2);
      const alt = i % 2 === 1 ? ' class="alt"' : '';
      svg.push(`<text${alt} x="${cx}" y="${labelY}" text-anchor="middle">${monthName(m.month).slice(0, 3)}</text>`);
      if (twoLines && (i === 0 || m.month === 1)) svg.push(`<text x="${cx}" y="${labelY + 10}" text-anchor="middle">${m.year}</text>`);
    });
  } else {
    // Years: a tick where each begins, its label in the middle of its months, kept inside the drawing.
    const years = months.filter((m, i) => m.month === 1 || i === 0);
    const every = years.length > 8 ? 2 : 1;
    const gap = (x.step() - band) / 2;
    years.forEach((m, i) => {
      const left = round((x(key(m)) ?? 0) - gap);
      const last = months.filter((n) => n.year === m.year).at(-1) ?? m;
      const right = (x(key(last)) ?? 0) + band + gap;
      const centre = (left + right) / 2;
      const [tx, anchor] = centre - 10 < MARGIN.left ? [left, 'start'] : centre + 10 > WIDTH ? [WIDTH - 1, 'end'] : [round(centre), 'middle'];
      const alt = i % every === 1 ? ' class="alt"' : '';
      svg.push(`<line x1="${left}" x2="${left}" y1="${bottom}" y2="${bottom + 4}"/><text${alt} x="${tx}" y="${labelY}" text-anchor="${anchor}">${m.year}</text>`);
    });
  }
  svg.push('</g>');

  // Events: a numbered mark above the plot, a leader to the event's day and a line down through the bars.
  if (marks.length > 0) {
    svg.push('<g class="events">');
    const cy = MARGIN.top + MARK_RADIUS;
    marks.forEach((e, i) => {
      const ex = round(markX[i] ?? 0);
      const mx = round(placed[i] ?? 0);
      svg.push(`<a href="${escapeHtml(e.href)}"><title>${i + 1}. ${escapeHtml(e.title)}, ${escapeHtml(e.date)}</title><path d="M${mx} ${cy + MARK_RADIUS}L${ex} ${top}V${bottom}"/><circle cx="${mx}" cy="${cy}" r="${MARK_RADIUS}"/><text x="${mx}" y="${cy}" dy="0.35em" text-anchor="middle">${i + 1}</text></a>`);
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
  return `<figure class="chart" id="${id}"><figcaption class="chart-title">${escapeHtml(input.title)}</figcaption>${svg.join('')}<p class="meta">${escapeHtml(input.description)}</p>${legend}${events}${note}${table}</figure>`;
}
