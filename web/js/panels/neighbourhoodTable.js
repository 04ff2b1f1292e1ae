// The neighbourhood table, the text alternative to the neighbourhood layer: one row per
// neighbourhood (`tr[data-id]`) with its residents (`.residents`), residents 65+, coordinator
// post, the post's status and its verdict. Each name is a toggle button that shows which small
// areas the neighbourhood is made of. Rows are updated in place, so keyboard focus survives.
import { statusOf } from '../lib/coordinatorStatus.js';
import { el } from '../lib/html.js';
import { formatCount } from '../lib/scales.js';

const CELLS = ['residents num', 'residents-65 num', 'post', 'post-status', 'verdict'];

function createRow(id, onToggle) {
  const row = el('tr');
  row.dataset.id = String(id);
  const head = el('th');
  head.scope = 'row';
  const button = el('button', { className: 'link-button row-toggle' });
  button.type = 'button';
  button.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-controls', 'neighbourhood-areas');
  button.addEventListener('click', () => onToggle(id));
  // Heard only on rows that differ from the saved plan (fill() sets it).
  const changed = el('span', { className: 'visually-hidden change-note', text: '' });
  head.append(button, changed);
  row.append(head, ...CELLS.map((className) => el('td', { className })));
  return row;
}

function postCell(item) {
  if (!item.coordinator) return '–';
  return item.supportedBy ? `${item.coordinator.name}; support from ${item.supportedBy}` : item.coordinator.name;
}

function fill(row, item, changed) {
  const [residents, older, post, status, verdict] = row.querySelectorAll('td');
  row.querySelector('.row-toggle').textContent = item.name;
  row.classList.toggle('changed', changed);
  row.querySelector('.change-note').textContent = changed ? ' (changed)' : '';
  row.classList.toggle('invalid', !item.valid);
  residents.textContent = formatCount(item.residents);
  older.textContent = formatCount(item.residents65Plus);
  post.textContent = postCell(item);
  status.textContent = statusOf(item.coordinator).short;
  status.dataset.status = statusOf(item.coordinator).key;
  verdict.textContent = item.valid ? 'Valid' : `⚠ ${item.problems.join('; ')}`;
}

/**
 * @param {object} options
 * @param {HTMLTableElement} options.table a table with caption, thead and tbody in place
 * @param {(id: number|null) => void} options.onShowAreas asks to show a neighbourhood's areas, or none
 */
export function neighbourhoodTable({ table, onShowAreas }) {
  const body = table.tBodies[0];
  const rows = new Map();
  let shown = null;
  const toggle = (id) => onShowAreas(id === shown ? null : id);

  return {
    /**
     * @param {object[]} items `{id, name, residents, residents65Plus, valid, problems, coordinator, supportedBy}`
     * @param {{changed?: Set<number>}} [state] ids whose figures differ from the saved plan
     */
    render(items, { changed = new Set() } = {}) {
      const keep = new Set(items.map((item) => item.id));
      for (const [id, row] of rows) {
        if (!keep.has(id)) {
          row.remove();
          rows.delete(id);
        }
      }
      for (const item of items) {
        if (!rows.has(item.id)) rows.set(item.id, createRow(item.id, toggle));
        fill(rows.get(item.id), item, changed.has(item.id));
      }
      const wanted = items.map((item) => rows.get(item.id));
      // Re-inserting a row would take keyboard focus from its button: only reorder when needed.
      if (wanted.length !== body.rows.length || wanted.some((row, i) => body.rows[i] !== row)) body.replaceChildren(...wanted);
      table.dataset.rows = String(items.length);
    },
    /** Marks the neighbourhood whose areas are shown (null for none). */
    setShown(id) {
      shown = id;
      for (const [rowId, row] of rows) {
        row.querySelector('.row-toggle').setAttribute('aria-pressed', String(rowId === id));
        row.classList.toggle('shown', rowId === id);
      }
    },
  };
}
