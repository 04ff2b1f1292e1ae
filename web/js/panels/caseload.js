// Caseload, for signed-in planners, coordinators and councillors (#caseload): introductions to each
// post's patch month by month against what the council says a coordinator can take on, one small
// bar chart per patch with a table as its text alternative. Months with fewer than k
// introductions are not published: their bars are outlined up to k−1 ("somewhere below"), never
// filled as if the number were known.
import * as api from '../api.js';
import { el, svgEl } from '../lib/html.js';
import { formatCount, formatPercent } from '../lib/scales.js';
import { table } from './planningCharts.js';

const READERS = ['PLANNER', 'COORDINATOR', 'COUNCILLOR'];
const LOAD_CLASS = { 'over capacity': 'load-over', 'near capacity': 'load-near' };
const monthName = (ym) => new Date(`${ym}-01T00:00:00`).toLocaleDateString('en-GB', { month: 'short', year: '2-digit' });
const shown = (n) => (typeof n === 'number' ? formatCount(n) : String(n));

function chart(patch, caseload) {
  const { k } = caseload.disclosure;
  const width = 320;
  const height = 120;
  const pad = { left: 28, right: 6, top: 8, bottom: 22 };
  const capacity = caseload.capacityPerYear ? caseload.capacityPerYear / 12 : null;
  const top = Math.max(k, capacity ?? 0, ...patch.perMonth.map((n) => (typeof n === 'number' ? n : 0))) * 1.1;
  const y = (n) => height - pad.bottom - (n / top) * (height - pad.top - pad.bottom);
  const step = (width - pad.left - pad.right) / patch.perMonth.length;
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: 'caseload-chart', role: 'img',
    'aria-label': `${patch.label}: introductions each month${capacity ? ` against a capacity of ${formatCount(Math.round(capacity * 10) / 10)} a month` : ''}; the table below gives the values` });
  const text = (content, attrs) => { const t = svgEl('text', attrs); t.textContent = content; svg.append(t); };
  svg.append(svgEl('line', { x1: pad.left, y1: y(0), x2: width - pad.right, y2: y(0), stroke: '#505a5f' }));
  text(formatCount(Math.round(top / 1.1)), { x: pad.left - 3, y: y(top / 1.1) + 4, 'text-anchor': 'end' });
  text('0', { x: pad.left - 3, y: y(0) + 4, 'text-anchor': 'end' });
  patch.perMonth.forEach((n, i) => {
    const x = pad.left + i * step + step * 0.15;
    const known = typeof n === 'number';
    const value = known ? n : k - 1;
    svg.append(svgEl('rect', { x, y: y(value), width: step * 0.7, height: y(0) - y(value),
      class: known ? 'caseload-bar' : 'caseload-bar-suppressed' }));
    if (i % 3 === 0) text(monthName(caseload.months[i]), { x: x + step * 0.35, y: height - 6, 'text-anchor': 'middle' });
  });
  if (capacity) {
    svg.append(svgEl('line', { x1: pad.left, y1: y(capacity), x2: width - pad.right, y2: y(capacity), class: 'caseload-capacity' }));
  }
  return svg;
}

function heading(patch) {
  const average = patch.perMonthAverage == null ? `fewer than ${patch.total.replace('<', '')} in the period`
    : `${patch.perMonthAverage.toLocaleString('en-GB', { maximumFractionDigits: 1 })} a month`;
  const share = patch.shareOfCapacity == null ? '' : `, ${formatPercent(patch.shareOfCapacity * 100)} of capacity`;
  const name = patch.status === 'VACANT' ? `${patch.label} (post vacant)` : patch.label;
  return el('h4', { className: `caseload-title ${LOAD_CLASS[patch.load] || ''}`, text: `${name}: ${average}${share} — ${patch.load}` });
}

function render(body, caseload) {
  const { k } = caseload.disclosure;
  const capacity = caseload.capacityPerYear
    ? `A coordinator can take on about ${formatCount(caseload.capacityPerYear)} people a year (${caseload.capacitySource || 'source not given'}); the line on each chart is a twelfth of that.`
    : 'The council has not stated how many people a coordinator can take on; its administrator sets it in the council settings.';
  body.replaceChildren(
    el('p', { className: 'hint', text: `${caseload.from} to ${caseload.to}. ${capacity} Outlined bars: fewer than ${k} that month, not published.${caseload.synthetic ? ' Includes synthetic demo data.' : ''}` }),
    ...caseload.patches.flatMap((p) => [heading(p), chart(p, caseload)]),
  );
  const scroll = el('div', { className: 'table-scroll' });
  Object.assign(scroll, { tabIndex: 0 });
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', 'Caseload table (scrolls sideways)');
  const details = el('details');
  details.append(el('summary', { text: 'Caseload as a table' }), scroll);
  scroll.append(table(`Introductions by patch and month, ${caseload.from} to ${caseload.to}`,
    ['Patch', ...caseload.months.map(monthName), 'Period'],
    caseload.patches.map((p) => [p.label, ...p.perMonth.map(shown), shown(p.total)])));
  body.append(details);
}

/** Fills the hidden `section` for people who may read introduction aggregates. */
export async function showCaseload({ section, me }) {
  if (!me || !READERS.includes(me.role)) return;
  const body = el('div');
  body.setAttribute('aria-live', 'polite');
  section.replaceChildren(el('h2', { text: 'Caseload by patch' }), body);
  section.hidden = false;
  try {
    render(body, await api.getCaseload({}));
  } catch (error) {
    body.textContent = `Caseload could not be shown: ${error.message}`;
  }
}
