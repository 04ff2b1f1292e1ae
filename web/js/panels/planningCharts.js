// Two charts for planners, each with a table as its text alternative: coverage of each ward
// today (#coverage-chart) and, on request, yearly cost against residents covered for 0–8 more
// coordinators (#cost-chart), worked out by the server in one request that sends each point
// as it is done (GET /api/scenarios/cost-curve).
import * as api from '../api.js';
import { el, svgEl } from '../lib/html.js';
import { oneAtATime } from '../lib/oneAtATime.js';
import { formatCount, formatPercent } from '../lib/scales.js';
import { barChart } from '../report/barChart.js';
import { wardLink } from './wardTable.js';

const MAX_MORE = 8;
const pct = (share) => formatPercent((share ?? 0) * 100);

export function table(caption, headers, rows) {
  const t = el('table', { className: 'ward-table' });
  t.append(el('caption', { text: caption }));
  const head = el('tr');
  headers.forEach((h, i) => {
    const th = el('th', { text: h });
    th.scope = 'col';
    if (i) th.className = 'num';
    head.append(th);
  });
  t.append(el('thead'));
  t.tHead.append(head);
  const body = el('tbody');
  rows.forEach((cells) => {
    const tr = el('tr');
    cells.forEach((c, i) => {
      const cell = el(i ? 'td' : 'th');
      cell.append(c); // text, or a node such as a ward's link
      if (i) cell.className = 'num';
      else cell.scope = 'row';
      tr.append(cell);
    });
    body.append(tr);
  });
  t.append(body);
  return t;
}

/** A details element so the table is one click away without crowding the panel. */
function asDetails(summary, content) {
  const d = el('details');
  d.append(el('summary', { text: summary }), content);
  return d;
}

export async function coverageChart(container) {
  const { wards, borough } = await api.getCoverage();
  const sorted = [...wards].sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
  container.replaceChildren(
    el('h3', { className: 'section-title', text: `Coverage by ward (whole council ${pct(borough.share)})` }),
    barChart({
      title: `Share of each ward's residents living where a coordinator is in post; whole council ${pct(borough.share)}`,
      labelsAbove: true,
      bars: sorted.map((w) => ({ label: w.name, value: w.share ?? 0, text: pct(w.share), colour: '#009e73' })),
    }),
    asDetails('Coverage by ward as a table', table('Residents covered by ward', ['Ward', 'Covered', 'Residents', 'Share'],
      sorted.map((w) => [wardLink(w.code, w.name), formatCount(w.residentsCovered), formatCount(w.residents), pct(w.share)]))),
  );
}

/**
 * Yearly cost (x) against the share of residents covered (y), each point labelled.
 * @param {{cost: number, share: number, label: string}[]} points
 * @param {string} description what the chart shows, for screen readers (the table gives the values)
 */
export function costChart(points, description) {
  const width = 420;
  const height = 220;
  const pad = { left: 56, right: 12, top: 10, bottom: 40 };
  const maxCost = Math.max(...points.map((p) => p.cost)) || 1;
  const x = (cost) => pad.left + (cost / maxCost) * (width - pad.left - pad.right);
  const y = (share) => height - pad.bottom - share * (height - pad.top - pad.bottom);
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'bar-chart',
    'aria-label': `${description}; the table below gives the values` });
  const axis = (x1, y1, x2, y2) => svg.append(svgEl('line', { x1, y1, x2, y2, stroke: '#505a5f' }));
  axis(pad.left, height - pad.bottom, width - pad.right, height - pad.bottom);
  axis(pad.left, pad.top, pad.left, height - pad.bottom);
  const label = (text, attrs) => {
    const t = svgEl('text', attrs);
    t.textContent = text;
    svg.append(t);
  };
  label('Yearly cost (£ thousand)', { x: (width + pad.left) / 2, y: height - 6, 'text-anchor': 'middle' });
  label('100%', { x: pad.left - 4, y: y(1) + 4, 'text-anchor': 'end' });
  label('0%', { x: pad.left - 4, y: y(0) + 4, 'text-anchor': 'end' });
  label('0', { x: pad.left, y: height - pad.bottom + 14, 'text-anchor': 'middle' });
  label(`${formatCount(Math.round(maxCost / 1000))}`, { x: x(maxCost), y: height - pad.bottom + 14, 'text-anchor': 'end' });
  svg.append(svgEl('polyline', { points: points.map((p) => `${x(p.cost)},${y(p.share)}`).join(' '), fill: 'none', stroke: '#0072b2', 'stroke-width': 2 }));
  points.forEach((p) => {
    svg.append(svgEl('circle', { cx: x(p.cost), cy: y(p.share), r: 4, fill: '#0072b2' }));
    label(p.label, { x: x(p.cost), y: y(p.share) - 8, 'text-anchor': 'middle' });
  });
  return svg;
}

/**
 * A titled piece of work run on request: its button (#id-run), a status line for progress and
 * the output (#outputId), in `container`.
 */
export function onRequest(container, { title, label, id, outputId }) {
  const button = el('button', { className: 'button secondary', text: label });
  button.type = 'button';
  button.id = `${id}-run`;
  const status = el('p', { className: 'hint' });
  status.setAttribute('role', 'status');
  const output = el('div');
  output.id = outputId;
  container.replaceChildren(el('h3', { className: 'section-title', text: title }), button, status, output);
  return { button, status, output };
}

/** A labelled progress bar for `total` steps, and a way to move it on. */
function progressBar(total) {
  const wrap = el('div', { className: 'work-progress' });
  const bar = el('progress');
  bar.id = 'cost-curve-progress';
  bar.max = total;
  bar.value = 0;
  const label = el('label', { text: 'Points worked out' });
  label.htmlFor = bar.id;
  wrap.append(label, bar);
  return { wrap, set: (done) => { bar.value = done; bar.textContent = `${done} of ${total}`; } };
}

/** How far a point can be from the best possible (the proved gap), short enough for the table. */
export function proofWords(point) {
  if (point.optimal) return 'none (proved best)';
  return `≤ ${formatPercent(point.gap * 100)}`;
}

function curveOutput(points) {
  return [costChart(points, `Yearly cost against share of residents covered for 0 to ${MAX_MORE} more coordinators`),
    table('Cost and coverage by number of new coordinators', ['More', 'Yearly cost', 'Covered', 'Share', 'Per resident', 'Gap to best'],
      points.map((p) => [String(p.more), `£${formatCount(p.cost)}`, formatCount(p.residents), pct(p.share), `£${(p.perResident ?? 0).toFixed(2)}`, p.proof]))];
}

/**
 * Asks the server for the 0–8 curve in one request (it plans each point with a short
 * solver time and sends each, with its proved bound, as soon as it is done), drawing each
 * point as it arrives.
 */
export function costCurve(container) {
  const { button, status, output } = onRequest(container, { title: 'What more coordinators would cost and cover',
    label: `Cost against coverage for 0–${MAX_MORE} more`, id: 'cost-curve', outputId: 'cost-chart' });
  const total = MAX_MORE + 1;
  button.addEventListener('click', oneAtATime(button, async () => {
    const points = [];
    const progress = progressBar(total);
    status.textContent = `0 of ${total} points worked out…`;
    output.replaceChildren(progress.wrap);
    output.setAttribute('aria-busy', 'true');
    try {
      await api.getCostCurve(MAX_MORE, (plan) => {
        points.push({ more: plan.more, label: String(plan.more), cost: plan.cost.total, share: plan.after.share,
          residents: plan.after.residents, perResident: plan.cost.perCoveredResident, proof: proofWords(plan) });
        progress.set(points.length);
        status.textContent = `${points.length} of ${total} points worked out${points.length < total ? '…' : '.'}`;
        output.replaceChildren(...(points.length < total ? [progress.wrap] : []), ...curveOutput(points));
      });
      if (points.length < total) throw new Error(`the server stopped after ${points.length} of ${total} points; try again`);
      const proved = points.filter((p) => p.proof.startsWith('none')).length;
      status.textContent = `All ${total} points worked out (${proved} proved the best possible). Each point is one more coordinator; the numbers label how many more.`;
    } catch (error) {
      status.textContent = `The comparison could not be made: ${error.message}`;
      progress.wrap.remove();
    } finally {
      output.removeAttribute('aria-busy');
    }
  }));
}
