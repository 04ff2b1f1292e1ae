// Table rows for the printable reports: the first cell is the row's header.
import { el } from '../lib/html.js';
import { urls } from '../urls.js';

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

/**
 * Says why a report could not be shown, and what to do: signed out, a link to sign in that comes
 * back here; otherwise the server's reason and a link to the map. The empty map and tables go.
 * @param {HTMLElement} status the page's status line
 * @param {Error} error an ApiError (its `status` 401 when signed out) or any Error
 * @param {string} what e.g. "This ward could not be shown"
 */
export function showProblem(status, error, what) {
  status.hidden = false;
  // Everything below the heading, summary and this line is an empty map or table without data.
  document.querySelectorAll('main > :not(h1, .lede, .status)').forEach((part) => { part.hidden = true; });
  if (error.status === 401) {
    status.textContent = `${what}: you are signed out. This page is for council staff and councillors. `;
    const link = el('a', { text: 'Sign in to see it' });
    link.href = urls.signInThenBack();
    status.append(link, '.');
    return;
  }
  status.textContent = `${what}: ${error.message} `;
  const home = el('a', { text: 'Back to the map' });
  home.href = urls.home;
  status.append(home);
}
