// The answer to "plan N more" or "plan within a budget", as the Plan tab shows it: before and
// after (#plan-comparison), how close to the best possible the solver proved it is, in plain
// words (#plan-proof), and the proposed patches (#plan-patches).
import { el } from '../lib/html.js';
import { formatCount, formatPercent } from '../lib/scales.js';

export const pounds = (n) => (n == null || !Number.isFinite(n) ? '–' : `£${formatCount(Math.round(n))}`);
const money = (n) => (n == null || !Number.isFinite(n) ? '–' : `£${n.toFixed(2)}`);
const signed = (n, format) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0));
const patchesOf = (n) => (n === 1 ? '1 patch' : `${formatCount(n)} patches`);

/** Rows of the before-and-after table for `plan` (an /api/scenarios/plan answer). */
export function comparisonRows(tbody, plan) {
  const { before, after } = plan;
  // No cost until the council states what a coordinator costs: shown as "–".
  const cost = plan.cost || { today: null, total: null, perCoveredResident: null };
  const perBefore = before.residents && cost.today != null ? cost.today / before.residents : null;
  const rows = [
    ['Residents covered', before.residents, after.residents, formatCount],
    ['Share of residents', before.share * 100, after.share * 100, formatPercent, (v) => `${v.toFixed(1)} points`],
    ['Residents 65+ covered', before.residents65Plus, after.residents65Plus, formatCount],
    ['Yearly cost', cost.today, cost.total, pounds],
    ['Cost per covered resident', perBefore, cost.perCoveredResident, money],
  ];
  tbody.replaceChildren();
  const add = (cells) => {
    const tr = el('tr');
    cells.forEach((text, i) => {
      const cell = el(i ? 'td' : 'th', { text });
      if (i) cell.className = 'num';
      else cell.scope = 'row';
      tr.append(cell);
    });
    tbody.append(tr);
  };
  for (const [label, a, b, format, change = format] of rows) add([label, format(a), format(b), a == null ? '–' : signed(b - a, change)]);
  add(['Need covered, as a share of the most the solver proved possible', '–', formatPercent(plan.ratio * 100), '']);
}

/**
 * What the solver proved about the answer, in sentences: the best possible, or how far from
 * the best it can be at most. Need is residents, residents 65+ and deprivation, weighted.
 */
export function proofSentence(plan) {
  const placed = plan.patches.length;
  if (!placed) return 'No new patch was placed, so there is nothing to compare with the best.';
  const these = `These ${patchesOf(placed)}`;
  if (plan.optimal) return `${these} cover the most need any ${patchesOf(placed)} could: the solver proved that no other choice covers more.`;
  return `${these} cover ${formatPercent(plan.ratio * 100)} of the most need the solver proved any choice could cover `
    + `(a bound of ${formatCount(Math.round(plan.upperBound))}, by ${plan.boundBy}), so they are at most `
    + `${formatPercent(plan.gap * 100)} short of the best plan.`;
}

/** Fills the answer's parts inside `root` (the panel) from `plan`. */
export function showAnswer(root, plan) {
  const byId = (id) => root.querySelector(`#${id}`);
  comparisonRows(byId('plan-comparison').tBodies[0], plan);
  byId('plan-proof').textContent = proofSentence(plan);
  byId('plan-patches').replaceChildren(...plan.patches.map((p) => el('li', {
    text: `${p.name}: ${formatCount(p.residents)} residents, ${formatCount(p.residents65Plus)} aged 65+` })));
  byId('plan-saved').replaceChildren();
  byId('plan-result').hidden = false;
}
