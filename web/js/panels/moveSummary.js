// What the planner's unsaved moves do: the last thing that happened, then one line per affected
// neighbourhood with residents and 65+ before and after, and its verdict against the band.
// Drawn into a live region, so screen readers hear each change.
import { el } from '../lib/html.js';
import { formatCount } from '../lib/scales.js';

function change(before, after) {
  return before === after ? formatCount(after) : `${formatCount(before)} → ${formatCount(after)}`;
}

function verdict(summary, plan) {
  if (summary.valid) {
    return el('span', { className: 'verdict-ok', text: `✓ Valid (${formatCount(plan.minResidents)}–${formatCount(plan.maxResidents)})` });
  }
  return el('span', { className: 'verdict-invalid', text: `⚠ Not valid: ${summary.problems.join('; ')}` });
}

function line(before, after, plan) {
  const item = el('li');
  item.dataset.id = String(after.id);
  item.append(
    el('strong', { text: after.name }),
    `: ${change(before?.residents, after.residents)} residents; 65+ ${change(before?.residents65Plus, after.residents65Plus)}. `,
    verdict(after, plan),
  );
  return item;
}

/**
 * @param {object} options
 * @param {HTMLElement} options.container a live region
 * @param {object} options.plan `{minResidents, maxResidents}`
 * @param {object[]} options.saved neighbourhood summaries of the saved plan
 * @param {object[]} options.current summaries after the moves (the last preview)
 * @param {Set<number>} options.affected ids of neighbourhoods that moves took areas from or into
 * @param {number} options.moves how many moves are unsaved
 * @param {string} [options.note] what just happened, e.g. "Moved Thurrock 021A from Grays to Tilbury."
 * @param {boolean} [options.checking] a preview is on its way
 */
export function renderMoveSummary({ container, plan, saved, current, affected, moves, note = '', checking = false }) {
  const before = new Map(saved.map((s) => [s.id, s]));
  const parts = [];
  if (note) parts.push(el('p', { className: 'move-note', text: note }));
  const count = moves === 1 ? '1 unsaved move' : `${moves} unsaved moves`;
  parts.push(el('p', { className: 'move-count', text: moves === 0 ? 'No unsaved moves.' : `${count}.${checking ? ' Checking the totals…' : ''}` }));
  const lines = current.filter((s) => affected.has(s.id)).map((s) => line(before.get(s.id), s, plan));
  if (lines.length) {
    const list = el('ul', { className: 'affected' });
    list.append(...lines);
    parts.push(list);
  }
  container.replaceChildren(...parts);
  container.setAttribute('aria-busy', String(checking));
}
