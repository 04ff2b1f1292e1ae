// A table too wide for its column (five columns of figures on a phone) scrolls sideways inside its
// own box rather than widening the page or breaking its words (see .table-scroll in atlas.css).
// While it scrolls, the box is a region named by the table's caption and a Tab stop, so a keyboard
// can scroll it and a screen reader says what it holds; a table that fits is left as it is, with no
// extra Tab stop.
import { el } from './html.js';

function labelBox(box, table) {
  const wide = box.scrollWidth > box.clientWidth + 1;
  if (!wide) {
    ['role', 'tabindex', 'aria-label'].forEach((name) => box.removeAttribute(name));
    return;
  }
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', `${table.caption?.textContent.trim() || 'Table'} (scrolls sideways)`);
  box.tabIndex = 0;
}

/**
 * Puts `table` in a `.table-scroll` box (once) that scrolls it when it is too wide.
 * @param {HTMLTableElement} table
 * @returns {HTMLElement} the box
 */
export function scrollWhenTooWide(table) {
  if (table.parentElement?.classList.contains('table-scroll')) return table.parentElement;
  const box = el('div', { className: 'table-scroll' });
  table.before(box);
  box.append(table);
  const observer = new ResizeObserver(() => labelBox(box, table));
  observer.observe(box);
  observer.observe(table);
  return box;
}

/**
 * Every table under `root`, as {@link scrollWhenTooWide}; with `watch`, also every table put there
 * later (the map's side panel builds its tables as answers come), and a box whose table was moved
 * elsewhere is removed.
 */
export function scrollTablesWhenTooWide(root = document, { watch = false } = {}) {
  const wrap = () => {
    root.querySelectorAll('table').forEach(scrollWhenTooWide);
    root.querySelectorAll('.table-scroll:not(:has(> table))').forEach((box) => box.remove());
  };
  wrap();
  if (watch) new MutationObserver(wrap).observe(root, { childList: true, subtree: true });
}
