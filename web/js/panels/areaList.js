// Which small areas a neighbourhood is made of: a list under the neighbourhood table.
import { el } from '../lib/html.js';
import { formatCount } from '../lib/scales.js';

/**
 * @param {object} options
 * @param {HTMLElement} options.container where the list goes (a live region, so never hidden)
 * @param {string|null} options.name the neighbourhood's name, or null to clear the list
 * @param {object[]} [options.areas] its small areas' properties `{code, name, residents}`
 */
export function showAreaList({ container, name, areas = [] }) {
  if (!name) {
    container.replaceChildren();
    return;
  }
  const collator = new Intl.Collator('en-GB', { numeric: true });
  const sorted = [...areas].sort((a, b) => collator.compare(a.name, b.name));
  const total = sorted.reduce((sum, a) => sum + (typeof a.residents === 'number' ? a.residents : 0), 0);
  const count = sorted.length === 1 ? '1 small area' : `${sorted.length} small areas`;
  const heading = el('h3', { text: `${name}: ${count}, ${formatCount(total)} residents` });
  const list = el('ul', { className: 'area-list' });
  list.append(
    ...sorted.map((a) => {
      const item = el('li', { text: `${a.name} (${a.code}): ${formatCount(a.residents)} residents` });
      item.dataset.code = a.code;
      return item;
    }),
  );
  container.replaceChildren(heading, list);
}
