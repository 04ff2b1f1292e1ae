// "What full coverage takes", for planners: the fewest coordinators whose patches, with today's,
// cover every resident (proved by the solver, or with the proved lower bound when not), their yearly
// cost, and coverage against cost from today to full (#full-coverage). Asked for on a button: the
// solver may take up to its time limit.
import * as api from '../api.js';
import { el } from '../lib/html.js';
import { oneAtATime } from '../lib/oneAtATime.js';
import { formatCount, formatPercent } from '../lib/scales.js';
import { costChart, onRequest, table } from './planningCharts.js';

const pounds = (n) => (n == null ? 'not stated' : `£${formatCount(n)}`);
const pct = (share) => formatPercent(share * 100);
const plural = (n, one, many) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The answer in sentences a planner can put in a paper. */
export function fullCoverageSentences(answer) {
  const band = `${formatCount(answer.minResidents)}–${formatCount(answer.maxResidents)} residents`;
  const lines = [`Covering every resident with patches of ${band} takes ${plural(answer.newCoordinators, 'new coordinator', 'new coordinators')} beside today's ${plural(answer.existingPosts, 'post', 'posts')}: ${answer.totalCoordinators} in all.`];
  lines.push(answer.optimal
    ? 'No smaller number can do it: the solver proved it.'
    : `The solver proved at least ${plural(answer.lowerBound, 'new coordinator is', 'new coordinators are')} needed; the best split it found within its time uses ${answer.newCoordinators}.`);
  lines.push(answer.yearlyCostFull == null
    ? 'Its cost cannot be shown until the council states what a coordinator costs (council settings).'
    : `That would cost about ${pounds(answer.yearlyCostFull)} a year, against ${pounds(answer.yearlyCostToday)} for the posts in post today.`);
  return lines;
}

function curve(answer) {
  const points = answer.curve.filter((p) => p.yearlyCost != null)
    .map((p) => ({ cost: p.yearlyCost, share: p.share, label: String(p.coordinators) }));
  if (points.length < 2) return [];
  return [
    costChart(points, 'Yearly cost against share of residents covered, from today to full coverage; each point is labelled with the number of coordinators'),
    table('Coverage and cost from today to full coverage', ['Coordinators', 'New', 'Covered', 'Share', 'Yearly cost'],
      answer.curve.map((p) => [String(p.coordinators), String(p.added), formatCount(p.residentsCovered), pct(p.share), pounds(p.yearlyCost)])),
  ];
}

/** Fills `container` with the button, its progress and, once asked, the answer. */
export function fullCoverage(container) {
  const { button, status, output } = onRequest(container, { title: 'What covering every resident takes',
    label: 'Work out what full coverage takes', id: 'full-coverage', outputId: 'full-coverage' });
  button.addEventListener('click', oneAtATime(button, async () => {
    status.textContent = 'Working it out: the solver may take up to 10 seconds…';
    try {
      const answer = await api.getFullCoverage();
      const list = el('ul', { className: 'full-coverage-answer' });
      list.append(...fullCoverageSentences(answer).map((t) => el('li', { text: t })));
      output.replaceChildren(list, ...curve(answer));
      status.textContent = '';
    } catch (error) {
      status.textContent = `It could not be worked out: ${error.message}`;
    }
  }));
}
