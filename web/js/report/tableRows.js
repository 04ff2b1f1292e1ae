// Table rows for the printable reports: the first cell is the row's header.
import { el } from '../lib/html.js';

/** Appends a row of cells; cells flagged num are right-aligned, the first is a row header. */
export function addRow(tbody, cells) {
  const tr = el('tr');
  cells.forEach((cell, i) => {
    const td = el(i === 0 ? 'th' : 'td', { text: typeof cell === 'object' ? cell.text : cell });
    if (i === 0) td.scope = 'row';
    if (typeof cell === 'object' && cell.num) td.className = 'num';
    tr.append(td);
  });
  tbody.append(tr);
}
